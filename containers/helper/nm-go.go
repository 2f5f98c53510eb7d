// nm-go: the two things Go programs do most, so that netmatrix records Go's own error texts
// ("dial tcp 127.0.0.1:80: connect: connection refused", "lookup x on 127.0.0.53:53: no such host").
// Built static (CGO_ENABLED=0), so it uses Go's own resolver, as most Go binaries in containers do.
//
//	nm-go dial HOST PORT TIMEOUT   net.Dialer{Timeout}.Dial("tcp", HOST:PORT)
//	nm-go get URL TIMEOUT          http.Client{Timeout}.Get(URL), the body discarded
//	nm-go version                  the Go release it was built with
//
// Like a typical program, it prints the error and exits 1 (0 on success).
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"runtime"
	"strconv"
	"time"
)

func seconds(arg string) time.Duration {
	n, err := strconv.Atoi(arg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "nm-go: bad timeout:", arg)
		os.Exit(2)
	}
	return time.Duration(n) * time.Second
}

func main() {
	args := os.Args[1:]
	switch {
	case len(args) == 1 && args[0] == "version":
		fmt.Println("go", runtime.Version())
	case len(args) == 4 && args[0] == "dial":
		d := net.Dialer{Timeout: seconds(args[3])}
		conn, err := d.Dial("tcp", net.JoinHostPort(args[1], args[2]))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Println("connected to", conn.RemoteAddr())
		conn.Close()
	case len(args) == 3 && args[0] == "get":
		c := http.Client{Timeout: seconds(args[2])}
		resp, err := c.Get(args[1])
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		fmt.Println(resp.Status)
	default:
		fmt.Fprintln(os.Stderr, "usage: nm-go dial HOST PORT TIMEOUT | get URL TIMEOUT | version")
		os.Exit(2)
	}
}
