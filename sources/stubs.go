package sources

// Stubs owned by the helpers that implement them; each helper deletes its
// stub when its real implementation lands.

import "errors"

var errTODO = errors.New("format not implemented yet")
