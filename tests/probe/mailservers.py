#!/usr/bin/env python3
"""mailservers.py: start Debian's Dovecot (IMAP and POP3, each with a
STARTTLS port and an implicit-TLS port) and Postfix (submission with
STARTTLS and smtps with TLS from the start, logins checked by Dovecot's
SASL) on 127.0.0.1 at free high ports, with a test CA, and stop them after.
Used by tests/probe/probe_servers.py.

The certificates: mail.test (signed by the test CA, the default), and
expired.test (signed by it, expired: chosen by SNI).  The accounts
(passwd-file, a file per service so that one protocol can refuse a user):
  zhang@mail.test     password "right horse battery", every protocol
  imaponly@mail.test  same password, IMAP and SMTP only (POP3 refuses it)
  locked@mail.test    refused everywhere with "Account locked ..."
Postfix needs root (its master process); without root only Dovecot runs
and `postfix` is None.
"""
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time

PASSWORD = "right horse battery"


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def run(cmd, **kw):
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)
    if p.returncode:
        raise RuntimeError(f"{' '.join(cmd)}: exit {p.returncode}: {p.stderr.decode(errors='replace')[-1500:]}")


def make_pki(d):
    def req(name, days):
        run(["openssl", "req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{d}/{name}.key",
             "-subj", f"/CN={name}", "-out", f"{d}/{name}.csr"])
        with open(f"{d}/{name}.ext", "w") as f:
            f.write(f"subjectAltName=DNS:{name}\n")
        run(["openssl", "x509", "-req", "-in", f"{d}/{name}.csr", "-CA", f"{d}/ca.pem",
             "-CAkey", f"{d}/ca.key", "-CAcreateserial", "-days", str(days),
             "-extfile", f"{d}/{name}.ext", "-out", f"{d}/{name}.pem"])
    run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{d}/ca.key",
         "-out", f"{d}/ca.pem", "-subj", "/CN=mailfix test CA", "-days", "30"])
    req("mail.test", 30)
    req("expired.test", -1)


def wait_port(port, proc, what, timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited with {proc.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{what} did not listen on {port} within {timeout} s")


class MailServers:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="mfmail-")
        os.chmod(self.dir, 0o755)
        self.ports = {k: free_port() for k in ("imap", "imaps", "pop3", "pop3s", "submission", "smtps")}
        self.dovecot = None
        self.postfix = None
        self.root = os.geteuid() == 0

    # -- Dovecot
    def _dovecot_conf(self):
        d = self.dir
        users = {
            "imap": ["zhang@mail.test", "imaponly@mail.test", "locked@mail.test"],
            "pop3": ["zhang@mail.test", "locked@mail.test"],
            "smtp": ["zhang@mail.test", "imaponly@mail.test", "locked@mail.test"],
        }
        for service, names in users.items():
            with open(f"{d}/users.{service}", "w") as f:
                for u in names:
                    # (passwd-file's extra fields end at a space)
                    extra = " nologin reason=Account_locked_after_too_many_failed_logins" if u.startswith("locked") else ""
                    f.write(f"{u}:{{PLAIN}}{PASSWORD}::::::{extra}\n")
        os.makedirs(f"{d}/home", exist_ok=True)
        login_user = "dovenull" if self.root else os.environ.get("USER", "nobody")
        internal_user = "dovecot" if self.root else login_user
        # mail processes may not run as root: as root, the dovecot user's ids
        uid, gid = (pwd.getpwnam("dovecot").pw_uid, pwd.getpwnam("dovecot").pw_gid) if self.root \
            else (os.getuid(), os.getgid())
        os.chown(f"{d}/home", uid, gid)
        p = self.ports
        return f"""
protocols = imap pop3
listen = 127.0.0.1
base_dir = {d}/run
state_dir = {d}/state
log_path = {d}/dovecot.log
info_log_path = {d}/dovecot.log
default_login_user = {login_user}
default_internal_user = {internal_user}
ssl = yes
ssl_cert = <{d}/mail.test.pem
ssl_key = <{d}/mail.test.key
local_name expired.test {{
  ssl_cert = <{d}/expired.test.pem
  ssl_key = <{d}/expired.test.key
}}
disable_plaintext_auth = yes
auth_mechanisms = plain login
# many refused logins from 127.0.0.1 in a row: no growing penalty delay
login_trusted_networks = 127.0.0.1/32
auth_failure_delay = 0
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {d}/users.%s
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={d}/home/%u
}}
mail_location = maildir:{d}/home/%u/Maildir
first_valid_uid = {uid}
first_valid_gid = {gid}
service imap-login {{
  inet_listener imap {{
    port = {p['imap']}
  }}
  inet_listener imaps {{
    port = {p['imaps']}
    ssl = yes
  }}
}}
service pop3-login {{
  inet_listener pop3 {{
    port = {p['pop3']}
  }}
  inet_listener pop3s {{
    port = {p['pop3s']}
    ssl = yes
  }}
}}
service auth {{
  unix_listener {d}/auth-postfix {{
    mode = 0666
  }}
}}
service anvil {{
  chroot =
}}
service stats {{
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""

    def start(self):
        make_pki(self.dir)
        conf = f"{self.dir}/dovecot.conf"
        with open(conf, "w") as f:
            f.write(self._dovecot_conf())
        self.dovecot = subprocess.Popen(["dovecot", "-F", "-c", conf],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for k in ("imap", "imaps", "pop3", "pop3s"):
            wait_port(self.ports[k], self.dovecot, "dovecot")
        if self.root and shutil.which("postfix"):
            self._start_postfix()
        return self

    # -- Postfix (master in the foreground, its own config and queue)
    def _start_postfix(self):
        d = self.dir
        cfg = f"{d}/postfix"
        os.makedirs(cfg)
        os.makedirs(f"{d}/pf-queue")
        os.makedirs(f"{d}/pf-data")
        shutil.chown(f"{d}/pf-data", "postfix")
        p = self.ports
        with open(f"{cfg}/main.cf", "w") as f:
            f.write(f"""compatibility_level = 3.6
queue_directory = {d}/pf-queue
data_directory = {d}/pf-data
mail_owner = postfix
setgid_group = postdrop
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
myhostname = mail.test
mydomain = mail.test
mydestination =
alias_maps =
alias_database =
maillog_file = {d}/postfix.log
maillog_file_prefixes = {d}
smtpd_tls_cert_file = {d}/mail.test.pem
smtpd_tls_key_file = {d}/mail.test.key
smtpd_tls_session_cache_database =
smtpd_sasl_type = dovecot
smtpd_sasl_path = {d}/auth-postfix
smtpd_sasl_auth_enable = yes
smtpd_tls_auth_only = yes
smtpd_relay_restrictions = permit_sasl_authenticated, reject
notify_classes =
""")
        with open(f"{cfg}/master.cf", "w") as f:
            f.write(f"""127.0.0.1:{p['submission']} inet n - n - - smtpd
  -o smtpd_tls_security_level=encrypt
127.0.0.1:{p['smtps']} inet n - n - - smtpd
  -o smtpd_tls_wrappermode=yes
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
smtp      unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
anvil     unix  -       -       n       -       1       anvil
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
""")
        env = dict(os.environ, MAIL_CONFIG=cfg)
        run(["postfix", "-c", cfg, "set-permissions"], env=env)
        self.postfix = subprocess.Popen(["/usr/lib/postfix/sbin/master", "-c", cfg, "-d"], env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for k in ("submission", "smtps"):
            wait_port(self.ports[k], self.postfix, "postfix")

    def logs(self):
        out = ""
        for name in ("dovecot.log", "postfix.log"):
            try:
                with open(os.path.join(self.dir, name)) as f:
                    out += f"--- {name}\n" + f.read()[-3000:]
            except OSError:
                pass
        return out

    def stop(self):
        for proc in (self.postfix, self.dovecot):
            if proc and proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self):
        try:
            return self.start()
        except Exception:
            print(self.logs())
            self.stop()
            raise

    def __exit__(self, *exc):
        self.stop()
