#!/usr/bin/env python3
"""nsd_server.py: start Debian's NSD on 127.0.0.1 on a free high port,
serving given zone files, and stop it after (used by the SPF integration
test and by bench/spf.sh).  Response rate limiting is off (rrl-ratelimit:
0), so a benchmark's burst of queries is not dropped.  The control socket
is a Unix socket, so `stats` needs no TLS keys.

As a program:  nsd_server.py --zone ORIGIN=FILE ... [--port N] [--servers N] -- COMMAND...
runs COMMAND with NSD_PORT and NSD_CONF set, then stops NSD.
"""
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time


def free_port():
    for _ in range(50):
        u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        t = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            u.bind(("127.0.0.1", 0))
            port = u.getsockname()[1]
            t.bind(("127.0.0.1", port))
            if port > 1024:
                return port
        except OSError:
            pass
        finally:
            u.close()
            t.close()
    raise RuntimeError("no free port on 127.0.0.1")


def soa_query(name):
    q = struct.pack(">HHHHHH", 0x1234, 0, 1, 0, 0, 0)
    for label in filter(None, name.rstrip(".").split(".")):  # "." is the root
        q += bytes([len(label)]) + label.encode()
    return q + b"\x00" + struct.pack(">HH", 6, 1)


class Nsd:
    def __init__(self, zones, port=None, address="127.0.0.1", servers=1):
        self.zones = zones          # [(origin, path)]
        self.servers = servers      # NSD server processes (one per core)
        self.port = port or free_port()
        self.address = address
        self.dir = tempfile.mkdtemp(prefix="mfnsd-")
        self.conf = os.path.join(self.dir, "nsd.conf")
        self.proc = None

    def start(self, timeout=20):
        lines = ["server:",
                 f"  ip-address: {self.address}@{self.port}",
                 f"  server-count: {self.servers}",
                 "  reuseport: yes",
                 "  username: \"\"",
                 "  chroot: \"\"",
                 f"  zonesdir: \"{self.dir}\"",
                 f"  pidfile: \"{self.dir}/nsd.pid\"",
                 f"  xfrdfile: \"{self.dir}/xfrd.state\"",
                 f"  zonelistfile: \"{self.dir}/zone.list\"",
                 "  database: \"\"",
                 f"  logfile: \"{self.dir}/nsd.log\"",
                 "  verbosity: 0",
                 "  rrl-ratelimit: 0",
                 "  rrl-whitelist-ratelimit: 0",
                 "  refuse-any: no",
                 "  tcp-count: 256",
                 "  statistics: 0",
                 "remote-control:",
                 "  control-enable: yes",
                 f"  control-interface: \"{self.dir}/nsd.ctl\""]
        for origin, path in self.zones:
            lines += ["zone:", f"  name: \"{origin}\"", f"  zonefile: \"{os.path.abspath(path)}\""]
        with open(self.conf, "w") as f:
            f.write("\n".join(lines) + "\n")
        chk = subprocess.run(["nsd-checkconf", self.conf], capture_output=True, text=True)
        if chk.returncode:
            raise RuntimeError(f"nsd-checkconf: {chk.stdout}{chk.stderr}")
        self.proc = subprocess.Popen(["nsd", "-d", "-c", self.conf],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.time() + timeout
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.settimeout(0.2)
        try:
            while time.time() < deadline:
                if self.proc.poll() is not None:
                    raise RuntimeError("nsd exited: " + self.proc.stderr.read().decode(errors="replace")
                                       + self.log())
                try:
                    s.sendto(soa_query(self.zones[0][0]), (self.address, self.port))
                    data = s.recv(4096)
                    if len(data) > 12 and (data[3] & 15) == 0:
                        return self
                except OSError:
                    pass
                time.sleep(0.1)
        finally:
            s.close()
        self.stop()
        raise RuntimeError("nsd did not answer within %d s" % timeout + self.log())

    def log(self):
        try:
            with open(os.path.join(self.dir, "nsd.log")) as f:
                return "\n" + f.read()[-2000:]
        except OSError:
            return ""

    def queries(self):
        """Queries NSD has answered so far (nsd-control stats_noreset)."""
        p = subprocess.run(["nsd-control", "-c", self.conf, "stats_noreset"],
                           capture_output=True, text=True, timeout=30)
        for line in p.stdout.splitlines():
            if line.startswith("num.queries="):
                return int(line.split("=", 1)[1])
        raise RuntimeError("nsd-control stats_noreset: " + p.stdout + p.stderr)

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


def main():
    args = sys.argv[1:]
    if "--" not in args:
        print(__doc__, file=sys.stderr)
        return 2
    k = args.index("--")
    zones, port, servers = [], None, 1
    i = 0
    while i < k:
        if args[i] == "--zone":
            origin, path = args[i + 1].split("=", 1)
            zones.append((origin, path))
            i += 2
        elif args[i] == "--port":
            port = int(args[i + 1])
            i += 2
        elif args[i] == "--servers":
            servers = int(args[i + 1])
            i += 2
        else:
            print(f"unknown option {args[i]}", file=sys.stderr)
            return 2
    with Nsd(zones, port, servers=servers) as n:
        env = dict(os.environ, NSD_PORT=str(n.port), NSD_CONF=n.conf)
        return subprocess.call(args[k + 1:], env=env)


if __name__ == "__main__":
    sys.exit(main())
