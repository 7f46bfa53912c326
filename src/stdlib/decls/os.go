// Package os: process arguments, environment, exit, and the standard files.
package os

import (
	"errors"
	"io"
)

// File is an open file; only the standard streams exist in gosub.
type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// Args holds the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

func runtimeArgs() []string

var ErrNotExist = errors.New("file does not exist")

var ErrExist = errors.New("file already exists")

var ErrPermission = errors.New("permission denied")

func (f *File) Name() string { return f.name }

func (f *File) Fd() uintptr { return uintptr(f.fd) }

func (f *File) Write(b []byte) (n int, err error) {
	return write(f.fd, b), nil
}

func (f *File) WriteString(s string) (n int, err error) {
	return write(f.fd, []byte(s)), nil
}

func (f *File) Read(b []byte) (n int, err error) {
	n, eof := read(f.fd, b)
	if eof {
		return n, io.EOF
	}
	return n, nil
}

func (f *File) Close() error { return nil }

func (f *File) Sync() error { return nil }

// write and read move bytes to and from a standard stream (native).
func write(fd int, b []byte) int
func read(fd int, b []byte) (n int, eof bool)

func Exit(code int)
func Getenv(key string) string
func LookupEnv(key string) (string, bool)
func Setenv(key, value string) error
func Unsetenv(key string) error
func Environ() []string
func Getpid() int
func Hostname() (name string, err error)
func Getwd() (dir string, err error)

// ReadFile and WriteFile access the host's files (native).
func ReadFile(name string) ([]byte, error)
func WriteFile(name string, data []byte, perm uint32) error
