// Package ledger keeps the user's own files: the network map (CSV or
// Excel), the encounter log confplan writes next to it, and the programs
// list. It is the only code that changes them.
//
// # The model
//
// [Open] takes the lock, finishes or undoes a change a killed confplan
// left half done, removes the temporary files it left, and reads the map
// and the log into memory. The command edits them there ([sources.NetworkMap],
// [sources.EncounterLog]) and calls [Ledger.Commit], which writes both as
// one transaction, or nothing. [Ledger.Close] releases the lock.
//
// # Crash consistency: a journal with one commit point
//
// Commit checks that neither file changed on disk since Open (the user may
// have saved the map in Excel meanwhile) and is not open in a spreadsheet
// app, then:
//
//  1. writes and syncs a temporary file with the new content of each file
//     that changes, and the map's previous content to MAP.bak;
//  2. writes the journal, .MAP.journal next to the map, holding each
//     file's old and new content, atomically (temporary file, sync,
//     rename, folder sync). The journal's rename is the commit point;
//  3. for each file, map first: checks once more that it is still what
//     was read, right before renaming its temporary file over it;
//  4. removes the journal.
//
// A crash before step 2 leaves both files old (and temporary files, which
// the next Open removes). A crash after it leaves the journal, and the
// next Open rolls the change forward: each file that is still old is
// replaced by its new content. If the user changed a file in between (it
// is neither old nor new), their change wins: the files already new are
// put back as they were, so map and log again agree, and the command must
// be run again. So after a crash at any instant the log and the map
// agree, and no change the user made is lost. A file found changed in
// step 3 makes Commit undo what it renamed and fail with ErrChanged.
//
// # The lock
//
// MAP.lock (and LOG.lock) is held with flock(2) where the system has it:
// the kernel releases it when its process dies, so a lock left by a
// killed confplan is taken over at once, and an empty or damaged lock
// file holds nothing. The file records the owner's PID and start time,
// for the message shown to a command that waits for it. Where flock is
// missing, the lock is a file created exclusively, taken over when its
// PID is gone or its content is unreadable.
//
// # Limits
//
// A map or log over [MaxFile] bytes is refused before it is read: a
// network map is a few hundred rows, and a 200 MB file is a mistake that
// would otherwise take minutes and gigabytes.
//
// Cost: Commit writes each changed file twice (temporary file and
// journal) and the map's backup once; memory is a few times the files'
// size.
package ledger
