#!/usr/bin/env python3
"""scripted_servers.py: small scripted servers on a loopback address for
tests/probe/probe_servers.py, for what Dovecot and Postfix never do:

- echo servers (IMAP, POP3, SMTP) that refuse every login and repeat in
  their refusal what the client sent and the password they decoded from
  it, as some servers and proxies do ("NO bad  u@mail.test secret").
  `mech` picks how the client is made to log in: "login" (IMAP LOGIN, POP3
  USER/PASS: the password in clear, IMAP-quoted), "plain" (SASL PLAIN,
  base64 of NUL user NUL password) or "sasl-login" (SASL LOGIN, base64
  of the password alone);
- a server that sends fixed bytes (an HTTP reply, an SMTP banner) and
  then closes or keeps quiet: another kind of server on the port.

Each serves any number of connections, one thread each, with TLS from the
start when given an ssl.SSLContext.  Loopback addresses only.
"""
import base64
import socket
import ssl
import threading
import time


class Conn:
    def __init__(self, sock):
        self.sock = sock
        self.buf = b""

    def send(self, line):
        self.sock.sendall(line.encode() + b"\r\n")

    def readline(self):
        while b"\n" not in self.buf:
            try:
                data = self.sock.recv(4096)
            except (OSError, ssl.SSLError):
                return None
            if not data:
                return None
            self.buf += data
        line, self.buf = self.buf.split(b"\n", 1)
        return line.rstrip(b"\r").decode(errors="replace")


def decoded(b64):
    """What a base64 login carried, NULs shown as spaces (as servers log it)."""
    try:
        return base64.b64decode(b64).decode(errors="replace").replace("\0", " ")
    except ValueError:
        return "?"


def sasl(c, args, prompt):
    """The client's SASL exchange after "AUTH(ENTICATE) MECH [ir]": the
    base64 line that holds the password."""
    mech = args[0].upper() if args else ""
    if mech == "PLAIN":
        if len(args) > 1 and args[1] != "=":
            return args[1]
        c.send(prompt)
        return c.readline() or ""
    if mech == "LOGIN":
        if len(args) < 2:
            c.send(prompt + "VXNlcm5hbWU6")
            c.readline()
        c.send(prompt + "UGFzc3dvcmQ6")
        return c.readline() or ""
    return ""


def imap(c, mech):
    caps = {"login": "", "plain": " AUTH=PLAIN", "sasl-login": " AUTH=LOGIN"}[mech]
    c.send("* OK IMAP4rev1 ready")
    while (line := c.readline()) is not None:
        tag, _, rest = line.partition(" ")
        cmd, _, args = rest.partition(" ")
        cmd = cmd.upper()
        if cmd == "CAPABILITY":
            c.send("* CAPABILITY IMAP4rev1" + caps)
            c.send(f"{tag} OK done")
        elif cmd == "LOGIN":
            c.send(f"{tag} NO [AUTHENTICATIONFAILED] bad {args}")
        elif cmd == "AUTHENTICATE":
            b64 = sasl(c, args.split(), "+ ")
            c.send(f"{tag} NO [AUTHENTICATIONFAILED] bad {b64} ({decoded(b64)})")
        elif cmd == "LOGOUT":
            c.send("* BYE")
            c.send(f"{tag} OK bye")
            return
        else:
            c.send(f"{tag} BAD what")


def pop3(c, mech):
    capa = {"login": ["USER"], "plain": ["SASL PLAIN"], "sasl-login": ["SASL LOGIN"]}[mech]
    c.send("+OK POP3 ready")
    while (line := c.readline()) is not None:
        cmd, _, args = line.partition(" ")
        cmd = cmd.upper()
        if cmd == "CAPA":
            c.send("+OK")
            for cap in capa:
                c.send(cap)
            c.send(".")
        elif cmd == "USER":
            c.send("+OK")
        elif cmd == "PASS":
            c.send(f"-ERR [AUTH] bad login {line}")
        elif cmd == "AUTH":
            b64 = sasl(c, args.split(), "+ ")
            c.send(f"-ERR [AUTH] bad {b64} ({decoded(b64)})")
        elif cmd == "QUIT":
            c.send("+OK bye")
            return
        else:
            c.send("-ERR what")


def smtp(c, mech):
    c.send("220 mail.test ESMTP ready")
    while (line := c.readline()) is not None:
        cmd, _, args = line.partition(" ")
        cmd = cmd.upper()
        if cmd in ("EHLO", "HELO"):
            c.send("250-mail.test")
            c.send("250 AUTH " + ("LOGIN" if mech == "sasl-login" else "PLAIN"))
        elif cmd == "AUTH":
            b64 = sasl(c, args.split(), "334 ")
            c.send(f"535 5.7.8 bad {b64} ({decoded(b64)})")
        elif cmd == "QUIT":
            c.send("221 bye")
            return
        else:
            c.send("502 what")


ECHO = {"imap": imap, "pop3": pop3, "smtp": smtp}


class Scripted:
    """A listener on host:0 running talk(Conn) per connection."""

    def __init__(self, talk, tls=None, host="127.0.0.1", port=0):
        self.talk = talk
        self.tls = tls
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, port))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                s, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._one, args=(s,), daemon=True).start()

    def _one(self, s):
        try:
            s.settimeout(20)
            if self.tls:
                s = self.tls.wrap_socket(s, server_side=True)
            self.talk(Conn(s))
        except (OSError, ssl.SSLError):
            pass
        finally:
            try:
                s.close()
            except OSError:
                pass

    def close(self):
        self.sock.close()


def echo_server(protocol, mech, tls=None, host="127.0.0.1", port=0):
    return Scripted(lambda c: ECHO[protocol](c, mech), tls, host, port)


def fixed_server(data, then_close, host="127.0.0.1"):
    """Sends data on connecting, then closes (then_close) or keeps quiet."""
    def talk(c):
        c.sock.sendall(data)
        if not then_close:
            time.sleep(10)
    return Scripted(talk, None, host)


def tls_context(cert, key):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    return ctx
