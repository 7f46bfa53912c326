// Package bufio: buffered I/O (Go, over io.Reader/io.Writer).
package bufio

import (
	"errors"
	"io"
	"unicode/utf8"
)

const MaxScanTokenSize = 64 * 1024

var ErrTooLong = errors.New("bufio.Scanner: token too long")

// SplitFunc splits the input into tokens.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

// A Scanner reads tokens (lines by default) from a Reader.
type Scanner struct {
	r     io.Reader
	split SplitFunc
	buf   []byte
	start int
	end   int
	token []byte
	err   error
	eof   bool
	done  bool
	max   int
}

func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, split: ScanLines, max: MaxScanTokenSize}
}

func (s *Scanner) Split(split SplitFunc) { s.split = split }

func (s *Scanner) Buffer(buf []byte, max int) {
	s.buf = buf[0:cap(buf)]
	s.max = max
}

func (s *Scanner) Err() error {
	if s.err == io.EOF {
		return nil
	}
	return s.err
}

func (s *Scanner) Bytes() []byte { return s.token }

func (s *Scanner) Text() string { return string(s.token) }

func (s *Scanner) Scan() bool {
	if s.done {
		return false
	}
	for {
		if s.end > s.start || s.eof {
			adv, tok, err := s.split(s.buf[s.start:s.end], s.eof)
			if err != nil {
				s.err = err
				s.done = true
				return false
			}
			s.start += adv
			if tok != nil {
				s.token = tok
				return true
			}
			if s.eof {
				s.done = true
				s.token = nil
				return false
			}
		}
		// read more
		if s.start > 0 {
			copy(s.buf, s.buf[s.start:s.end])
			s.end -= s.start
			s.start = 0
		}
		if s.end == len(s.buf) {
			if len(s.buf) >= s.max {
				s.err = ErrTooLong
				s.done = true
				return false
			}
			n := len(s.buf) * 2
			if n == 0 {
				n = 4096
			}
			if n > s.max {
				n = s.max
			}
			nb := make([]byte, n)
			copy(nb, s.buf[s.start:s.end])
			s.buf = nb
		}
		n, err := s.r.Read(s.buf[s.end:])
		s.end += n
		if err != nil {
			if err != io.EOF {
				s.err = err
			}
			s.eof = true
		}
	}
}

func dropCR(data []byte) []byte {
	if len(data) > 0 && data[len(data)-1] == '\r' {
		return data[0 : len(data)-1]
	}
	return data
}

func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	for i := 0; i < len(data); i++ {
		if data[i] == '\n' {
			return i + 1, dropCR(data[0:i]), nil
		}
	}
	if atEOF {
		return len(data), dropCR(data), nil
	}
	return 0, nil, nil
}

func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[0:1], nil
}

func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if !atEOF && !utf8.FullRune(data) {
		return 0, nil, nil
	}
	_, width := utf8.DecodeRune(data)
	return width, data[0:width], nil
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == 0x85 || r == 0xA0
}

func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := 0
	for start < len(data) {
		r, width := utf8.DecodeRune(data[start:])
		if !isSpace(r) {
			break
		}
		start += width
	}
	for i := start; i < len(data); {
		r, width := utf8.DecodeRune(data[i:])
		if isSpace(r) {
			return i + width, data[start:i], nil
		}
		i += width
	}
	if atEOF && len(data) > start {
		return len(data), data[start:], nil
	}
	return start, nil, nil
}

// A Reader buffers an io.Reader.
type Reader struct {
	rd  io.Reader
	buf []byte
	r   int
	w   int
	err error
}

func NewReader(rd io.Reader) *Reader {
	return &Reader{rd: rd, buf: make([]byte, 4096)}
}

func NewReaderSize(rd io.Reader, size int) *Reader {
	if size < 16 {
		size = 16
	}
	return &Reader{rd: rd, buf: make([]byte, size)}
}

func (b *Reader) fill() {
	if b.r > 0 {
		copy(b.buf, b.buf[b.r:b.w])
		b.w -= b.r
		b.r = 0
	}
	if b.w == len(b.buf) {
		nb := make([]byte, 2*len(b.buf))
		copy(nb, b.buf[:b.w])
		b.buf = nb
	}
	n, err := b.rd.Read(b.buf[b.w:])
	b.w += n
	if err != nil {
		b.err = err
	}
}

func (b *Reader) Read(p []byte) (n int, err error) {
	if b.r == b.w {
		if b.err != nil {
			err = b.err
			b.err = nil
			return 0, err
		}
		b.fill()
		if b.r == b.w {
			err = b.err
			b.err = nil
			return 0, err
		}
	}
	n = copy(p, b.buf[b.r:b.w])
	b.r += n
	return n, nil
}

func (b *Reader) ReadByte() (byte, error) {
	for b.r == b.w {
		if b.err != nil {
			err := b.err
			b.err = nil
			return 0, err
		}
		b.fill()
	}
	c := b.buf[b.r]
	b.r++
	return c, nil
}

func (b *Reader) ReadRune() (r rune, size int, err error) {
	for b.r+utf8.UTFMax > b.w && !utf8.FullRune(b.buf[b.r:b.w]) && b.err == nil {
		b.fill()
	}
	if b.r == b.w {
		err = b.err
		b.err = nil
		return 0, 0, err
	}
	r, size = utf8.DecodeRune(b.buf[b.r:b.w])
	b.r += size
	return r, size, nil
}

func (b *Reader) ReadString(delim byte) (string, error) {
	var out []byte
	for {
		for i := b.r; i < b.w; i++ {
			if b.buf[i] == delim {
				out = append(out, b.buf[b.r:i+1]...)
				b.r = i + 1
				return string(out), nil
			}
		}
		out = append(out, b.buf[b.r:b.w]...)
		b.r = b.w
		if b.err != nil {
			err := b.err
			b.err = nil
			return string(out), err
		}
		b.fill()
	}
}

func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	s, err := b.ReadString('\n')
	if len(s) == 0 && err != nil {
		return nil, false, err
	}
	return dropCR([]byte(s[:len(s)-boolInt(len(s) > 0 && s[len(s)-1] == '\n')])), false, nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// A Writer buffers an io.Writer; Flush writes the buffer out.
type Writer struct {
	wr  io.Writer
	buf []byte
	err error
}

func NewWriter(w io.Writer) *Writer { return &Writer{wr: w, buf: make([]byte, 0, 4096)} }

func NewWriterSize(w io.Writer, size int) *Writer { return &Writer{wr: w, buf: make([]byte, 0, size)} }

func (b *Writer) Flush() error {
	if b.err != nil {
		return b.err
	}
	if len(b.buf) == 0 {
		return nil
	}
	_, err := b.wr.Write(b.buf)
	b.buf = b.buf[:0]
	b.err = err
	return err
}

func (b *Writer) Available() int { return cap(b.buf) - len(b.buf) }

func (b *Writer) Buffered() int { return len(b.buf) }

func (b *Writer) Size() int { return cap(b.buf) }

func (b *Writer) Write(p []byte) (nn int, err error) {
	b.buf = append(b.buf, p...)
	if len(b.buf) >= cap(b.buf) && cap(b.buf) > 0 {
		err = b.Flush()
	}
	return len(p), err
}

func (b *Writer) WriteString(s string) (int, error) {
	return b.Write([]byte(s))
}

func (b *Writer) WriteByte(c byte) error {
	_, err := b.Write([]byte{c})
	return err
}

func (b *Writer) WriteRune(r rune) (size int, err error) {
	return b.Write(utf8.AppendRune(nil, r))
}

// ReadWriter combines a Reader and a Writer.
type ReadWriter struct {
	*Reader
	*Writer
}

func NewReadWriter(r *Reader, w *Writer) *ReadWriter { return &ReadWriter{r, w} }
