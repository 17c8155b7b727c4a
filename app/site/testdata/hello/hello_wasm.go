//go:build wasm

package main

func serverMain() {}
