package main

// FerretDB 1.24 runs every update as "query the matching documents, change them in Go,
// write them back", with no lock between the read and the write. Two clients updating the
// same document at once therefore both "succeed" and one change is lost: 100 concurrent
// {$inc: {c: 1}} left c at 2, and 10 racing {_id, version: n} guarded updates reported up
// to 9 winners. That breaks optimistic locking, so this file puts a small MongoDB
// wire-protocol relay in front of FerretDB that lets only one write command per collection run
// at a time.
//
// Each client connection gets its own backend connection to FerretDB (a private Unix
// socket). Messages are relayed unchanged; FerretDB answers every request with exactly one
// reply, so the relay reads one request, forwards it, and copies back one reply. Commands
// known to be read-only run without the lock; everything else (insert, update, delete,
// findAndModify, DDL, unknown commands) holds its collection's mutex (by the body's "$db" and
// the command's first value) from forwarding the request until its reply has arrived.

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"sync"

	"go.mongodb.org/mongo-driver/bson"
)

const (
	opMsg        = 2013
	maxMsgLength = 48 * 1024 * 1024 // MongoDB's maxMessageSizeBytes
)

// readOnlyCommands run concurrently; any other command waits for its database's other writers.
var readOnlyCommands = map[string]bool{
	"aggregate": true, "buildInfo": true, "buildinfo": true, "collStats": true,
	"connectionStatus": true, "count": true, "currentOp": true, "dataSize": true,
	"dbStats": true, "dbstats": true, "distinct": true, "endSessions": true, "explain": true,
	"find": true, "getCmdLineOpts": true, "getFreeMonitoringStatus": true, "getLog": true,
	"getMore": true, "getParameter": true, "hello": true, "hostInfo": true, "isMaster": true,
	"ismaster": true, "killCursors": true, "listCollections": true, "listCommands": true,
	"listDatabases": true, "listIndexes": true, "logout": true, "ping": true,
	"saslContinue": true, "saslStart": true, "serverStatus": true, "validate": true,
	"whatsmyuri": true,
}

// readMessage reads one whole wire-protocol message (header included).
func readMessage(r io.Reader) ([]byte, error) {
	var lenBuf [4]byte
	if _, err := io.ReadFull(r, lenBuf[:]); err != nil {
		return nil, err
	}
	n := int(int32(binary.LittleEndian.Uint32(lenBuf[:])))
	if n < 16 || n > maxMsgLength {
		return nil, fmt.Errorf("bad message length %d", n)
	}
	msg := make([]byte, n)
	copy(msg, lenBuf[:])
	if _, err := io.ReadFull(r, msg[4:]); err != nil {
		return nil, err
	}
	return msg, nil
}

// command is what the relay needs to know of a request: its name (the body's first key), the
// database it addresses ("$db") and the collection (the first key's value, when a string); each is
// "" when the message does not say.
type command struct {
	name       string
	database   string
	collection string
}

// parseCommand reads the OP_MSG body section (kind 0) of a request.
func parseCommand(msg []byte) command {
	if int32(binary.LittleEndian.Uint32(msg[12:16])) != opMsg || len(msg) < 21 {
		return command{}
	}
	p := 20 // header (16) + flagBits (4)
	for p < len(msg) {
		kind := msg[p]
		p++
		switch kind {
		case 0:
			body := bson.Raw(msg[p:])
			if err := body.Validate(); err != nil {
				return command{}
			}
			var cmd command
			if first, err := body.IndexErr(0); err == nil {
				cmd.name = first.Key()
				cmd.collection, _ = first.Value().StringValueOK()
			}
			if db, ok := body.Lookup("$db").StringValueOK(); ok {
				cmd.database = db
			}
			return cmd
		case 1: // document sequence: int32 size (counting itself), then payload
			if p+4 > len(msg) {
				return command{}
			}
			p += int(int32(binary.LittleEndian.Uint32(msg[p : p+4])))
		default:
			return command{}
		}
	}
	return command{}
}

type relay struct {
	backend string // Unix socket path of the embedded FerretDB
	serial  bool
	// writeLocks holds one lock per collection (per database for commands naming none): lost
	// updates happen between writers of one collection, and SQLite itself orders the writes to a
	// database file, so writers of different collections need not wait on each other here.
	writeLocksMu sync.Mutex
	writeLocks   map[string]*sync.Mutex
	logger       *slog.Logger
	connsMu      sync.Mutex
	conns        map[net.Conn]struct{}
	wg           sync.WaitGroup
	shutdown     bool
}

func newRelay(backend string, serial bool, logger *slog.Logger) *relay {
	return &relay{backend: backend, serial: serial, logger: logger, conns: map[net.Conn]struct{}{}, writeLocks: map[string]*sync.Mutex{}}
}

// writeLock is the lock of a collection's writers (an entry per collection ever written to: a
// few bytes each).
func (r *relay) writeLock(cmd command) *sync.Mutex {
	key := cmd.database + "." + cmd.collection
	r.writeLocksMu.Lock()
	defer r.writeLocksMu.Unlock()
	lock := r.writeLocks[key]
	if lock == nil {
		lock = &sync.Mutex{}
		r.writeLocks[key] = lock
	}
	return lock
}

func (r *relay) track(c net.Conn) bool {
	r.connsMu.Lock()
	defer r.connsMu.Unlock()
	if r.shutdown {
		return false
	}
	r.conns[c] = struct{}{}
	return true
}

func (r *relay) untrack(c net.Conn) {
	r.connsMu.Lock()
	delete(r.conns, c)
	r.connsMu.Unlock()
}

// serve accepts clients until ctx is done, then closes every connection and waits.
func (r *relay) serve(ctx context.Context, ln net.Listener) {
	go func() {
		<-ctx.Done()
		ln.Close()
		r.connsMu.Lock()
		r.shutdown = true
		for c := range r.conns {
			c.Close()
		}
		r.connsMu.Unlock()
	}()

	for {
		client, err := ln.Accept()
		if err != nil {
			if !errors.Is(err, net.ErrClosed) {
				r.logger.Error("accept failed", "error", err)
			}
			break
		}
		if !r.track(client) {
			client.Close()
			break
		}
		r.wg.Add(1)
		go func() {
			defer r.wg.Done()
			defer r.untrack(client)
			defer client.Close()
			r.handle(client)
		}()
	}
	r.wg.Wait()
}

func (r *relay) handle(client net.Conn) {
	var backend net.Conn // dialled on the first request, so bare port probes cost nothing
	defer func() {
		if backend != nil {
			r.untrack(backend)
			backend.Close()
		}
	}()

	for {
		req, err := readMessage(client)
		if err != nil {
			return // client went away (or sent garbage)
		}
		if backend == nil {
			if backend, err = net.Dial("unix", r.backend); err != nil {
				r.logger.Error("cannot reach embedded FerretDB", "error", err)
				return
			}
			if !r.track(backend) {
				return
			}
		}

		var lock *sync.Mutex
		if cmd := parseCommand(req); r.serial && !readOnlyCommands[cmd.name] {
			lock = r.writeLock(cmd)
			lock.Lock()
		}
		reply, err := r.roundTrip(backend, req)
		if lock != nil {
			lock.Unlock()
		}
		if err != nil {
			return
		}
		if _, err = client.Write(reply); err != nil {
			return
		}
	}
}

func (r *relay) roundTrip(backend net.Conn, req []byte) ([]byte, error) {
	if _, err := backend.Write(req); err != nil {
		return nil, err
	}
	return readMessage(backend)
}
