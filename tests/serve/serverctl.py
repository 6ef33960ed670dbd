"""serverctl.py: start `mailfix serve` for a test on 127.0.0.1 and a free
high port (the server binds port 0 and prints the port it got, so two
tests never race for one), and stop it with SIGTERM; and the scripts'
check() and its tallies.  Loopback only.  MF_CASE_WRAP in the environment
(shell words, as for run_cases.py) starts the server under that program,
e.g. valgrind, and gives its stop ten times longer."""
import os
import re
import shlex
import signal
import subprocess
import tempfile
import time

# The checks of a test script: the failed ones' words, and how many passed.
FAILS = []
PASSES = [0]


def check(cond, what):
    if cond:
        PASSES[0] += 1
    else:
        FAILS.append(what)
        print(f"FAIL {what}")


class Server:
    def __init__(self, mailfix, *args, env=None):
        self.log = tempfile.NamedTemporaryFile(prefix="mfserve-", suffix=".log", delete=False)
        e = dict(os.environ)
        for k in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
            e.pop(k, None)
        e.update(env or {})
        self.wrap = shlex.split(os.environ.get("MF_CASE_WRAP", ""))
        self.proc = subprocess.Popen(self.wrap + [mailfix, "serve", "--listen", "127.0.0.1:0", *args],
                                     stdout=subprocess.PIPE, stderr=self.log, env=e)
        line = self.proc.stdout.readline().decode("utf-8", "replace")
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not m:
            self.proc.kill()
            self.proc.wait()
            raise RuntimeError(f"mailfix serve did not start: {line!r}\n{self.stderr()}")
        self.port = int(m.group(1))
        self.url = f"http://127.0.0.1:{self.port}"
        if not 1024 < self.port < 65536:
            raise RuntimeError(f"not a high port: {self.port}")

    def stderr(self):
        with open(self.log.name, encoding="utf-8", errors="replace") as f:
            return f.read()

    def stop(self, timeout=20):
        """SIGTERM, wait, return the exit status (None if it had to be killed)."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        if self.wrap:
            timeout *= 10
        try:
            rc = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            rc = None
        self.proc.stdout.close()
        return rc

    def close(self):
        if self.proc.poll() is None:
            self.stop()
        try:
            os.unlink(self.log.name)
        except OSError:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def wait_until(pred, timeout=10.0, step=0.02):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return True
        time.sleep(step)
    return pred()
