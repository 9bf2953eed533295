package main

// Command stubs; each is replaced by the file that implements it.

import "github.com/urfave/cli/v2"

func (e *env) demoCommand() *cli.Command { return &cli.Command{Name: "demo", Hidden: true} }
func (e *env) planCommand() *cli.Command { return &cli.Command{Name: "plan", Hidden: true} }
