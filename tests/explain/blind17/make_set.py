#!/usr/bin/env python3
"""make_set.py: write the blind17 set and its labels.

blind17 covers what the earlier batches did not or barely did: the
mailing-list managers' own notices (LISTSERV, Sympa, GNU Mailman 2 and 3,
Google Groups, Groups.io, ezmlm/ezmlm-idx: refused and held posts, probes
and warnings), the security gateways' own NDRs and refusals (Proofpoint,
Barracuda ESS, Cisco Secure Email / IronPort, Sophos, FortiMail, Trend
Micro Email Security, Mimecast, Symantec/Broadcom Email Security.cloud,
Hornetsecurity, SpamTitan), and the MTAs and servers met in companies
(Zimbra, MDaemon, Kerio Connect, hMailServer, SmarterMail, IceWarp,
Axigen, Exchange 2016/2019 on premises, Postfix with soft_bounce, Haraka,
Stalwart, Maddy, and Exchange Online's NDR in German, French and
Spanish), with delays, success notices and auto-replies, multipart/report
and plain text, quoted-printable and base64 bodies and CRLF files.

The messages were modelled from memory of those systems' templates,
WITHOUT reading mailfix's data/, lib/ or tests/cases/, without reading
the earlier blind sets' messages, and without running mailfix.  The
labels are what Sisimai is judged to answer (status, reply code, reason,
hardbounce); see README.md.  Only example domains and RFC 5737 addresses
are used, besides the product host names that identify a gateway.

Usage: make_set.py [OUTDIR]   (default: the directory of this script)
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from blindset import (b64, dsn, E, encode_body, fold, hdrs, Mime, mimeword, POSTFIX_DELAY,  # noqa: E402
                      POSTFIX_INTRO, qp, SENDMAIL_DELAY, rec, said, smtp_err, write_set)

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
SETS = []
SA = "sender@example.com"
N = [0]


def add(name, engine, msg, exp, crlf=False):
    """crlf: written with CRLF line ends."""
    assert name not in [s[0] for s in SETS], name
    if crlf:
        msg = msg.replace("\n", "\r\n")
    SETS.append((name, engine, msg.encode("utf-8"), exp))


def nxt():
    N[0] += 1
    return N[0]


BODY = ("Hello all,\n\nthe minutes of Tuesday's meeting are below; please send corrections by Friday.\n\n"
        "1. Budget for Q1 approved.\n2. The migration of the file server moves to January.\n\nRegards,\nSender\n")
M = Mime("gw.example.com with ESMTPSA id 7B3D20F1", BODY, dkim_b="YmxpbmQxN2JvdW5jZXNpZ25hdHVyZTAx")
part, multipart, orig, returned = M.part, M.multipart, M.orig, M.returned
SUBJ = "Minutes of the Tuesday meeting"


def date_of(n, h=10, tz="+0000"):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    d = 3 + n % 7
    return "%s, %d Nov 2025 %02d:%02d:%02d %s" % (days[(d - 3) % 7], d, h, n % 60, (n * 11) % 60, tz)


def plain(name, engine, frm, subj, text, exp, extra=(), enc="7bit", cs="us-ascii", rp="<>", crlf=False, to=SA):
    """A single text/plain message."""
    n = nxt()
    date = date_of(n, 8)
    dom = frm.split("@")[-1].rstrip(">")
    cte, body = encode_body(text, enc, cs)
    h = hdrs(frm, subj, date, "p%02d.%d@%s" % (n, 6100 + n, dom), to=to, extra=extra, rp=rp)
    h += ["Content-Type: text/plain; charset=%s" % cs, "Content-Transfer-Encoding: %s" % cte]
    add(name, engine, "\n".join(h) + "\n\n" + body, exp, crlf=crlf)


def report(name, engine, frm, subj, text, reporting, recips, exp, text_enc="7bit", text_cs="us-ascii",
           kind="headers", extra=(), extra_per="", html=None, crlf=False, orig_to=None):
    """A multipart/report DSN: the text (or text+HTML alternative), the
    delivery-status and the returned message or its header."""
    n = nxt()
    date = date_of(n, 12)
    per = "Reporting-MTA: dns; %s%s\nArrival-Date: %s" % (reporting, extra_per, date)
    h = hdrs(frm, subj, date, "d%02d.%d@%s" % (n, 5500 + n, reporting), extra=list(extra) + ["Auto-Submitted: auto-replied"])
    tp = part("text/plain", text, text_enc, text_cs)
    if html is not None:
        hp = part("text/html", html, text_enc, text_cs)
        first = multipart("alternative", [tp, hp], "=_alt_%d" % n, preamble="")
    else:
        first = tp
    parts = [first, dsn(per, recips), returned(orig_to or SA, SUBJ, date, "o%02d.%d@example.com" % (n, 5500 + n), kind)]
    body = multipart("report", parts, "=_dsn_%d_%s" % (n, reporting), params=" report-type=delivery-status;")
    add(name, engine, "\n".join(h) + "\n" + body, exp, crlf=crlf)


def mixed(name, engine, frm, subj, text, exp, attach=None, extra=(), rp="<>", to=SA, text_enc="7bit",
          text_cs="us-ascii"):
    """multipart/mixed: a text part and, when attach, the returned original."""
    n = nxt()
    date = date_of(n, 9)
    dom = frm.split("@")[-1].rstrip(">")
    h = hdrs(frm, subj, date, "m%02d.%d@%s" % (n, 4400 + n, dom), to=to, extra=extra, rp=rp)
    parts = [part("text/plain", text, text_enc, text_cs)]
    if attach:
        parts.append(returned(attach, SUBJ, date, "a%02d.%d@example.com" % (n, 4400 + n)))
    add(name, engine, "\n".join(h) + "\n" + multipart("mixed", parts, "==mix_%d" % n), exp)


# ==========================================================================
# Postfix (Zimbra, soft_bounce, and the gateways' replies quoted by Postfix)
# ==========================================================================

def postfix(name, host, recips, exp, delay=False, headers_only=False, engine="Postfix", crlf=False):
    """recips: (addr, action, status, diag, remote, text)."""
    n = nxt()
    date = date_of(n, 9, "+0100")
    qid = "5dH%dKq%02dWx2v" % (n % 10, n)
    text = (POSTFIX_DELAY if delay else POSTFIX_INTRO) % host + "\n".join(
        "<%s>: %s\n" % (r[0], fold(r[5])) for r in recips)
    per = "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s" % (
        host, qid, SA, date)
    rs = [rec(r[0], r[1], r[2], r[3], r[4], dtype=r[6] if len(r) > 6 else "smtp") for r in recips]
    subj = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    h = ["Return-Path: <>", "Received: by %s (Postfix)\n\tid %s; %s" % (host, qid, date), "Date: %s" % date,
         "From: MAILER-DAEMON@%s (Mail Delivery System)" % host, "Subject: %s" % subj, "To: %s" % SA,
         "Auto-Submitted: auto-replied", "MIME-Version: 1.0", "Message-Id: <%s.%d@%s>" % (qid, n, host)]
    body = multipart("report", [part("text/plain", text, extra=["Content-Description: Notification"]),
                                dsn(per, rs, desc="Delivery report"),
                                returned(recips[0][0], SUBJ, date, "r%02d.%d@example.com" % (n, 7100 + n),
                                         "headers" if headers_only else "message",
                                         desc="Undelivered Message Headers" if headers_only else "Undelivered Message")],
                     "%s.%d/%s" % (qid, 1762200000 + n, host), params=" report-type=delivery-status;")
    add(name, engine, "\n".join(h) + "\n" + body, exp, crlf=crlf)


def pf1(name, host, addr, status, reply, rhost, rip, exp, cmd="RCPT TO", delay=False, text=None, **kw):
    postfix(name, host, [(addr, "delayed" if delay else "failed", status, reply, rhost,
                          text or said(rhost, rip, reply, cmd))], exp, delay=delay, **kw)


MX = "mail.example.com"

# ==========================================================================
# Exim (Sophos UTM, the lists' hosts)
# ==========================================================================

EXIM_FAIL = ("This message was created automatically by mail delivery software.\n\n"
             "A message that you sent could not be delivered to one or more of its\n"
             "recipients. This is a permanent error. The following address(es) failed:\n\n")


def exim(name, host, recips, exp, ver="4.97", tz="+0100", engine="Exim", intro=EXIM_FAIL, crlf=False):
    n = nxt()
    date = date_of(n, 14, tz)
    mid = "1vK%02dz-00%02dQm-3F" % (n, n)
    text = intro
    for a, lines in recips:
        text += "  %s\n" % a + "".join("    %s\n" % l for l in lines) + "\n"
    text += "------ This is a copy of the message, including all the headers. ------\n\n"
    text += orig(recips[0][0], SUBJ, date, "x%02d.%d@example.com" % (n, 3300 + n)) + "\n" + BODY
    h = ["Return-path: <>", "Envelope-to: %s" % SA, "Delivery-date: %s" % date,
         "Received: from mailnull by %s with local (Exim %s)\n\tid %s\n\tfor %s; %s" % (host, ver, mid, SA, date),
         "X-Failed-Recipients: %s" % ", ".join(r[0] for r in recips),
         "Auto-Submitted: auto-replied", "From: Mail Delivery System <Mailer-Daemon@%s>" % host, "To: %s" % SA,
         "Content-Type: text/plain; charset=us-ascii", "Subject: Mail delivery failed: returning message to sender",
         "Message-Id: <E%s@%s>" % (mid, host), "Date: %s" % date]
    add(name, engine, "\n".join(h) + "\n\n" + text, exp, crlf=crlf)


# ==========================================================================
# Sendmail-style DSN (Proofpoint PPS, FortiMail)
# ==========================================================================

def sendmail(name, host, addr, status, reply, rhost, exp, cmd="RCPT To", delay=False, engine="Sendmail",
             transcript=None, frm_name="Mail Delivery Subsystem"):
    n = nxt()
    date = date_of(n, 11, "-0800")
    qid = "5AB%02dXq0%02d9%d" % (n, n, n % 10)
    if delay:
        text = SENDMAIL_DELAY % (date, transcript or "")
        subj = "Warning: could not send message for past 4 hours"
        action = "delayed"
    else:
        text = ("The original message was received at %s\nfrom smtp.example.com [192.0.2.10]\n\n"
                "   ----- The following addresses had permanent fatal errors -----\n<%s>\n"
                "    (reason: %s)\n\n   ----- Transcript of session follows -----\n%s\n" % (
                    date, addr, reply, transcript or "... while talking to %s.:\n>>> %s:<%s>\n<<< %s\n550 5.1.1 <%s>... User unknown" % (
                        rhost, cmd.upper().replace("RCPT TO", "RCPT To"), addr, reply, addr)))
        subj = "Returned mail: see transcript for details"
        action = "failed"
    per = "Reporting-MTA: dns; %s\nReceived-From-MTA: DNS; smtp.example.com\nArrival-Date: %s" % (host, date)
    r = rec(addr, action, status, reply, rhost, orig_rcpt=False, last=date)
    h = ["Return-Path: <>", "Received: from localhost (localhost)\n\tby %s (8.18.1/8.18.1) id %s;\n\t%s" % (host, qid, date),
         "Date: %s" % date, "From: %s <MAILER-DAEMON@%s>" % (frm_name, host), "Message-Id: <%s.%d@%s>" % (qid, n, host),
         "To: <%s>" % SA, "MIME-Version: 1.0", "Subject: %s" % subj, "Auto-Submitted: auto-generated (failure)"]
    body = multipart("report", [part("text/plain", text), dsn(per, [r]),
                                returned(addr, SUBJ, date, "s%02d.%d@example.com" % (n, 2200 + n))],
                     "%s.%d/%s" % (qid, 1762300000 + n, host), params=" report-type=delivery-status;",
                     preamble="This is a MIME-encapsulated message\n")
    add(name, engine, "\n".join(h) + "\n" + body, exp)


# ==========================================================================
# 1. Mailing-list managers
# ==========================================================================

# --- LISTSERV ---
plain("listserv-01.eml", "LISTSERV", "L-Soft list server at LISTS.EXAMPLE.ORG (17.0) <LISTSERV@LISTS.EXAMPLE.ORG>",
      "Rejected posting to FACULTY-L@LISTS.EXAMPLE.ORG",
      "You are not authorized to send mail to the FACULTY-L list from your\n"
      "sender@example.com account. You might be authorized to send to the list from\n"
      "another of your accounts, or perhaps when using another mail program which\n"
      "generates slightly different addresses, but LISTSERV has no way to associate\n"
      "this other account or address with yours. If you need assistance or if you\n"
      "have any question regarding the policy of the FACULTY-L list, please contact\n"
      "the list owners: FACULTY-L-request@LISTS.EXAMPLE.ORG.\n\n"
      "------------------------ Rejected message (42 lines) --------------------------\n" +
      orig("FACULTY-L@LISTS.EXAMPLE.ORG", SUBJ, date_of(1, 7), "ls01@example.com") + "\n" + BODY,
      [E("5.0.901", "", "onhold")], rp="<owner-FACULTY-L@LISTS.EXAMPLE.ORG>")
plain("listserv-02.eml", "LISTSERV", "L-Soft list server at LISTS.EXAMPLE.ORG (17.0) <LISTSERV@LISTS.EXAMPLE.ORG>",
      "Message \"" + SUBJ + "\"",
      "Your message dated Mon, 3 Nov 2025 07:12:44 +0000 with subject \"" + SUBJ + "\" has\n"
      "been submitted to the moderator of the STAFF-NEWS list: Jane Moderator\n"
      "<jane.moderator@example.org>. The moderator will approve or reject it, and\n"
      "LISTSERV will send you a message when the decision is made.\n",
      [], rp="<owner-STAFF-NEWS@LISTS.EXAMPLE.ORG>")
plain("listserv-03.eml", "LISTSERV", "L-Soft list server at LISTS.EXAMPLE.ORG (17.0) <LISTSERV@LISTS.EXAMPLE.ORG>",
      "Message \"" + SUBJ + "\" was not distributed",
      "Your message dated Tue, 4 Nov 2025 09:01:10 +0000 with subject \"" + SUBJ + "\" has\n"
      "not been distributed to the ALUMNI-L list because the list is held. The list\n"
      "will not accept postings until the list owner frees it. You may want to\n"
      "contact the list owner, ALUMNI-L-request@LISTS.EXAMPLE.ORG, for more information.\n",
      [E("5.0.901", "", "onhold")], rp="<owner-ALUMNI-L@LISTS.EXAMPLE.ORG>")

# --- Sympa: its DSN for an unknown list, its refusals, its moderation notice ---
report("sympa-01.eml", "RFC3464", "SYMPA <sympa@lists.example.net>", "Undeliverable message",
       "Your message could not be delivered to the list ecology-board@lists.example.net.\n"
       "The list does not exist on this server.\n", "lists.example.net",
       [rec("ecology-board@lists.example.net", "failed", "5.1.1", "Unknown list", None, dtype="X-Sympa",
            orig_rcpt=False)],
       [E("5.1.1", "", "userunknown")], kind="message", orig_to="ecology-board@lists.example.net")
mixed("sympa-02.eml", "Sympa", "SYMPA <sympa@lists.example.net>",
      "Message distribution: Authorization denied",
      "Your message for list 'research-all' (attached below) was rejected.\n"
      "You are not allowed to send this message for the following reason:\n\n"
      "  You are not allowed to send messages to list research-all@lists.example.net\n"
      "  because you are not a subscriber.\n\n"
      "For further information, please contact research-all-request@lists.example.net\n",
      [E("5.0.901", "", "onhold")], attach="research-all@lists.example.net", rp="<sympa-request@lists.example.net>")
plain("sympa-03.eml", "Sympa", "SYMPA <sympa@lists.example.net>",
      "Message for list research-all forwarded to the moderators",
      "Your message for list 'research-all' has been forwarded to the list\n"
      "moderator(s). It will be distributed once they have approved it.\n",
      [], rp="<sympa-request@lists.example.net>", enc="qp", cs="utf-8")

# --- GNU Mailman 2 ---
MM2 = ["X-Mailman-Version: 2.1.39", "Precedence: bulk", "List-Id: Project Dev <dev.lists.example.org>"]
plain("mailman2-01.eml", "Mailman", "dev-owner@lists.example.org",
      "Your message to Dev awaits moderator approval",
      "Your mail to 'Dev' with the subject\n\n    " + SUBJ + "\n\nIs being held until the list moderator can review "
      "it for approval.\n\nThe reason it is being held:\n\n    Post by non-member to a members-only list\n\n"
      "Either the message will get posted to the list, or you will receive\nnotification of the moderator's "
      "decision.  If you would like to cancel\nthis posting, please visit the following URL:\n\n"
      "    https://lists.example.org/mailman/confirm/dev/3f1c9a0b7d2e4f6a8c0b1d3e5f7a9c1b3d5e7f90\n\n",
      [], extra=MM2, rp="<dev-bounces@lists.example.org>")
plain("mailman2-02.eml", "Mailman", "dev-owner@lists.example.org",
      "Request to mailing list Dev rejected",
      "Your request to the Dev mailing list\n\n    Posting of your message titled \"" + SUBJ + "\"\n\n"
      "has been rejected by the list moderator.  The moderator gave the\nfollowing reason for rejecting your "
      "request:\n\n\"Non-members are not allowed to post to this list. Please subscribe\nfirst.\"\n\n"
      "Any questions or comments should be directed to the list administrator\nat:\n\n    dev-owner@lists.example.org\n",
      [E("5.0.901", "", "onhold")], extra=MM2, rp="<dev-bounces@lists.example.org>")
mixed("mailman2-03.eml", "Mailman", "dev-owner@lists.example.org",
      "Auto-response for your message to the \"Dev\" mailing list",
      "Hello,\n\nYour message to the Dev list was rejected because the list does not\n"
      "accept mail from non-members; see the attached copy.\n\n"
      "Message rejected by filter rule match\n", [E("5.0.901", "", "onhold")],
      attach="dev@lists.example.org", extra=MM2, rp="<dev-bounces@lists.example.org>")

# --- GNU Mailman 3 ---
MM3 = ["X-Mailman-Version: 3.3.9", "Precedence: bulk", "List-Id: <announce.lists.example.net>"]
plain("mailman3-01.eml", "Mailman", "announce-owner@lists.example.net",
      "Your message to announce@lists.example.net awaits moderator approval",
      "Your message to announce@lists.example.net with the subject\n\n    " + SUBJ + "\n\n"
      "Is being held until the list moderator can review it for approval.\n\nThe message is being held because:\n\n"
      "    The message is not from a list member\n\nEither the message will get posted to the list, or you will "
      "receive\nnotification of the moderator's decision.\n", [], extra=MM3, rp="<announce-bounces@lists.example.net>")
mixed("mailman3-02.eml", "Mailman", "announce-owner@lists.example.net",
      "Your message to announce@lists.example.net was rejected",
      "Your message to the announce mailing-list was rejected for the following\nreasons:\n\n"
      "The message is not from a list member\n\nThe original message as received by Mailman is attached.\n",
      [E("5.0.901", "", "onhold")], attach="announce@lists.example.net", extra=MM3,
      rp="<announce-bounces@lists.example.net>")
mixed("mailman3-03.eml", "Mailman", "announce-owner@lists.example.net",
      "Your message to announce@lists.example.net was rejected",
      "Your message to the announce mailing-list was rejected for the following\nreasons:\n\n"
      "The message's content type was explicitly disallowed\n\nThe original message as received by Mailman is attached.\n",
      [E("5.0.901", "", "onhold")], attach="announce@lists.example.net", extra=MM3,
      rp="<announce-bounces@lists.example.net>", text_enc="base64", text_cs="utf-8")

# --- Google Groups (Sisimai's GoogleGroups module) ---
n_g = nxt()
GG = ("Hello sender@example.com,\n\nWe're writing to let you know that the group you tried to contact (support-team) "
      "may not exist, or you may not have permission to post messages to the group. A few more details on why you "
      "weren't able to post:\n\n * You might have spelled or formatted the group name incorrectly.\n"
      " * The owner of the group may have removed this group.\n"
      " * You may need to join the group before receiving permission to post.\n"
      " * This group may not be open to posting.\n\n"
      "If you have questions related to this or any other Google Group, visit the Help Center at "
      "https://groups.google.com/a/example.org/support/.\n\nThanks,\n\nexample.org admins\n\n\n\n"
      "----- Original message -----\n\n")
add("googlegroups-01.eml", "GoogleGroups", "\n".join([
    "Return-Path: <>", "Received: by 2002:a05:6830:4413:b0:6dc:1a2b with SMTP id q19csp123456otv;\n\t" + date_of(n_g, 10),
    "X-Google-Smtp-Source: AGHT+IFx7pQ9rLkZ3mW1vT0sYb2cH5dJ8eN6aK4fG0hU1iO3pR7sV9wX2yZ5bC8dE=",
    "X-Failed-Recipients: support-team@example.org", "Date: " + date_of(n_g, 10),
    "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "To: " + SA,
    "Subject: Delivery Status Notification (Failure)", "Message-ID: <gg%02d.1@mx.google.com>" % n_g,
    "MIME-Version: 1.0", "Auto-Submitted: auto-replied", "Content-Type: text/plain; charset=UTF-8"]) + "\n\n" +
    GG + orig("support-team@example.org", SUBJ, date_of(n_g, 9), "gg%02d@example.com" % n_g) + "\n" + BODY,
    [E("5.0.918", "", "rejected")])
plain("googlegroups-02.eml", "GoogleGroups", "support-team+owners@example.org",
      "Your message to support-team awaits approval",
      "Your message to support-team@example.org has been received and is awaiting approval by a moderator.\n\n"
      "You will be notified when your message is approved or rejected.\n\n"
      "To learn more about Google Groups, visit https://support.google.com/groups/\n",
      [], rp="<support-team+bncBDA3@example.org>", extra=["Auto-Submitted: auto-generated", "Precedence: list"])
n_g2 = nxt()
add("googlegroups-03.eml", "GoogleGroups", "\n".join([
    "Return-Path: <>", "Received: by 2002:a05:6830:4413:b0:6dc:1a2b with SMTP id q19csp223456otv;\n\t" + date_of(n_g2, 10),
    "X-Google-Smtp-Source: AGHT+IGq2wErTyUiOp1aSdFgHjKlZxCvBnM3qW5eR7tY9uI1oP3aS5dF7gH9jK0lZ=",
    "X-Failed-Recipients: board@groups.example.net", "Date: " + date_of(n_g2, 10),
    "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "To: " + SA,
    "Subject: Delivery Status Notification (Failure)", "Message-ID: <gg%02d.2@mx.google.com>" % n_g2,
    "MIME-Version: 1.0", "Auto-Submitted: auto-replied", "Content-Type: text/plain; charset=UTF-8"]) + "\n\n" +
    "Hello sender@example.com,\n\nWe're writing to let you know that the group you tried to contact (board) may not "
    "exist, or you may not have permission to post messages to the group. A few more details on why you weren't able "
    "to post:\n\n * You may need to join the group before receiving permission to post.\n"
    " * This group may not be open to posting.\n\nIf you have questions related to this or any other Google Group, "
    "visit the Help Center at https://support.google.com/a/groups/.\n\nThanks,\n\ngroups.example.net admins\n\n\n\n"
    "----- Original message -----\n\n" + orig("board@groups.example.net", SUBJ, date_of(n_g2, 9),
                                                "gg%02d@example.com" % n_g2) + "\n" + BODY,
    [E("5.0.901", "", "onhold")])

# --- Groups.io ---
plain("groupsio-01.eml", "Groups.io", "\"Groups.io\" <noreply@groups.io>",
      "Your message to hikers@groups.io was not delivered",
      "Hello,\n\nYou recently sent a message to hikers@groups.io, but you are not a member\nof that group and the "
      "group only accepts messages from members. Your\nmessage was not delivered.\n\nSubject: " + SUBJ + "\n\n"
      "To join the group, visit https://groups.io/g/hikers\n\nCheers,\nThe Groups.io Team\n",
      [E("5.0.901", "", "onhold")], rp="<bounce@groups.io>", enc="qp", cs="utf-8")
plain("groupsio-02.eml", "Groups.io", "\"Groups.io\" <noreply@groups.io>",
      "Your message to hikers@groups.io is awaiting approval",
      "Hello,\n\nYour message to hikers@groups.io is awaiting approval by the group\nmoderators. You will "
      "receive another email once it has been reviewed.\n\nSubject: " + SUBJ + "\n\nCheers,\nThe Groups.io Team\n",
      [], rp="<bounce@groups.io>")

# --- ezmlm / ezmlm-idx ---
EZ_PROBE = ("Hi! This is the ezmlm program. I'm managing the\nnews@lists.example.org mailing list.\n\n"
            "Messages to you from the news mailing list seem to\nhave been bouncing. I sent you a warning message, but "
            "it seemed to bounce.\nI've attached a copy of the bounce message.\n\n"
            "This is a probe to check whether your address is reachable. If this\nprobe bounces, I will remove your "
            "address from the\nnews@lists.example.org mailing list, without further notice.\n")
plain("ezmlm-01.eml", "ezmlm", "news-help@lists.example.org", "ezmlm probe", EZ_PROBE, [],
      rp="<news-return-@lists.example.org>", extra=["Mailing-List: contact news-help@lists.example.org; run by ezmlm"])
EZ_WARN = ("Hi! This is the ezmlm program. I'm managing the\nnews@lists.example.org mailing list.\n\n"
           "Messages to you from the news mailing list seem to\nhave been bouncing. I've attached a copy of the first "
           "bounce\nmessage I received.\n\nIf this message bounces too, I will send you a probe. If the probe bounces,\n"
           "I will remove your address from the news mailing list,\nwithout further notice.\n\n"
           "I've kept a list of which messages from the news mailing list have\nbounced from your address.\n\n"
           "Copies of these messages may be in the archive.\n\n   <#l#>\n\n   1402, 1405\n\n"
           "--- Enclosed is a copy of the bounce message I received.\n\n"
           "Return-Path: <>\nReceived: (qmail 31337 invoked for bounce); 3 Nov 2025 06:00:02 -0000\n"
           "Date: 3 Nov 2025 06:00:02 -0000\nFrom: MAILER-DAEMON@mx.example.net\n"
           "To: news-return-1402-sender=example.com@lists.example.org\nSubject: failure notice\n\n"
           "Hi. This is the qmail-send program at mx.example.net.\n"
           "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
           "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
           "<sender@example.com>:\n198.51.100.44 does not like recipient.\n"
           "Remote host said: 552 5.2.2 <sender@example.com>: Mailbox full\nGiving up on 198.51.100.44.\n")
plain("ezmlm-02.eml", "ezmlm", "news-help@lists.example.org", "ezmlm warning", EZ_WARN, [E("5.2.2", "552", "mailboxfull")],
      rp="<news-return-@lists.example.org>", extra=["Mailing-List: contact news-help@lists.example.org; run by ezmlm"])
# ezmlm-reject / ezmlm-issubn refusing a post: a qmail bounce
n_e = nxt()
add("ezmlm-03.eml", "qmail", ("Return-Path: <>\nReceived: (qmail 4121 invoked for bounce); 5 Nov 2025 10:11:12 -0000\n"
                              "Date: 5 Nov 2025 10:11:12 -0000\nFrom: MAILER-DAEMON@lists.example.org\nTo: %s\n"
                              "Subject: failure notice\n\nHi. This is the qmail-send program at lists.example.org.\n"
                              "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
                              "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
                              "<news@lists.example.org>:\nSorry, only subscribers may post. If you are a subscriber, "
                              "please forward this message to news-owner@lists.example.org to get your new address "
                              "included (#5.7.2)\n\n--- Below this line is a copy of the message.\n\n%s\n%s") % (
    SA, orig("news@lists.example.org", SUBJ, date_of(n_e, 10), "ez%02d@example.com" % n_e), BODY),
    [E("5.7.2", "", "securityerror")])
n_e = nxt()
add("ezmlm-04.eml", "qmail", ("Return-Path: <>\nReceived: (qmail 4188 invoked for bounce); 6 Nov 2025 10:11:12 -0000\n"
                              "Date: 6 Nov 2025 10:11:12 -0000\nFrom: MAILER-DAEMON@lists.example.org\nTo: %s\n"
                              "Subject: failure notice\n\nHi. This is the qmail-send program at lists.example.org.\n"
                              "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
                              "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
                              "<news-subscribe@lists.example.org>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
                              "--- Below this line is a copy of the message.\n\n%s\n%s") % (
    SA, orig("news-subscribe@lists.example.org", "subscribe", date_of(n_e, 10), "ez%02d@example.com" % n_e), "\n"),
    [E("5.1.1", "", "userunknown")], crlf=True)

# ==========================================================================
# 2. Security gateways
# ==========================================================================

# --- Proofpoint (on-premises PPS: sendmail's DSN; and its refusals quoted) ---
sendmail("proofpoint-01.eml", "mx0b-00190b01.pphosted.com", "amir@example.org", "5.1.1",
         "550 5.1.1 User Unknown", "mx0b-00190b01.pphosted.com", [E("5.1.1", "550", "userunknown")],
         transcript="... while talking to mail.example.org.:\n>>> RCPT To:<amir@example.org>\n<<< 550 5.1.1 User Unknown\n"
                    "550 5.1.1 <amir@example.org>... User unknown")
pf1("proofpoint-02.eml", MX, "bella@example.net", "5.7.1",
    "554 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.10", "mx0a-00377f02.pphosted.com",
    "203.0.113.150", [E("5.7.1", "554", "blocked")], cmd="MAIL FROM")
pf1("proofpoint-03.eml", MX, "chen@example.org", "5.7.1",
    "550 5.7.1 Message blocked due to content: spam detected. (pps)", "mx0b-00412c03.pphosted.com",
    "203.0.113.151", [E("5.7.1", "550", "spamdetected")], cmd="end of DATA")
pf1("proofpoint-04.eml", MX, "dora@example.net", "4.7.1",
    "421 4.7.1 Too many messages from 192.0.2.10, rate limited by pps", "mx0a-00377f02.pphosted.com",
    "203.0.113.150", [E("4.7.1", "421", "blocked")], cmd="MAIL FROM", delay=True)

# --- Barracuda Email Security Service ---
pf1("barracuda-01.eml", MX, "emil@example.org", "5.7.1",
    "550 permanent failure for one or more recipients (emil@example.org:blocked)",
    "d123456a.ess.barracudanetworks.com", "203.0.113.160", [E("5.7.1", "550", "blocked")], cmd="end of DATA")
pf1("barracuda-02.eml", MX, "fritz@example.net", "5.7.1",
    "554 Service unavailable; Client host [192.0.2.10] blocked using Barracuda Reputation; "
    "http://www.barracudanetworks.com/reputation/?r=1&ip=192.0.2.10",
    "d234567b.ess.barracudanetworks.com", "203.0.113.161", [E("5.7.1", "554", "blocked")], cmd="MAIL FROM")
plain("barracuda-03.eml", "Barracuda", "Barracuda Email Security Service <noreply@barracudanetworks.com>",
      "Message not delivered: " + SUBJ,
      "Your message could not be delivered to the following recipient(s):\n\n"
      "  gina@example.org\n\n"
      "Reason: 550 5.1.1 <gina@example.org>: Recipient address rejected: User unknown in virtual mailbox table\n\n"
      "Message details:\n  From: sender@example.com\n  Subject: " + SUBJ + "\n  Date: Mon, 03 Nov 2025 08:00:00 +0000\n\n"
      "This message was generated by the Barracuda Email Security Service outbound filter.\n",
      [E("5.1.1", "550", "userunknown")])

# --- Cisco Secure Email (IronPort): its own NDR and delay notice ---
IP_FAIL = ("The message you sent to example.org/{a} was rejected because it\n"
           "could not be delivered.\n\n")


def ironport(name, addr, problem, exp, delay=False, crlf=False):
    n = nxt()
    date = date_of(n, 13, "-0500")
    if delay:
        subj = "Delivery Status Notification (Delay)"
        text = ("This is a delay notice from the mail gateway esa1.example.com.\n\n"
                "The message you sent to %s has not been delivered yet.\n"
                "Delivery will continue to be attempted; you do not need to resend it.\n\n"
                "The reason for the delay:\n%s\n" % (addr, problem))
    else:
        subj = "Delivery Status Notification (Failure)"
        text = ("This is an automatically generated Delivery Status Notification.\n\n"
                "Delivery to the following recipients failed permanently:\n\n    %s\n\n"
                "Technical details of permanent failure:\n\nThe following message to <%s> was undeliverable.\n"
                "The reason for the problem:\n%s\n" % (addr, addr, problem))
    h = ["Return-Path: <>", "Received: from esa1.example.com by esa1.example.com (Cisco Secure Email);\n\t%s" % date,
         "Date: %s" % date, "From: Mail Delivery System <MAILER-DAEMON@esa1.example.com>", "To: %s" % SA,
         "Subject: %s" % subj, "Message-ID: <ip%02d.%d@esa1.example.com>" % (n, 8800 + n), "MIME-Version: 1.0",
         "Auto-Submitted: auto-replied"]
    body = multipart("mixed", [part("text/plain", text), returned(addr, SUBJ, date, "ip%02d@example.com" % n)],
                     "===============%d==" % (81234560 + n))
    add(name, "IronPort", "\n".join(h) + "\n" + body, exp, crlf=crlf)


ironport("ironport-01.eml", "hana@example.org",
         "5.1.0 - Unknown address error ('550', ['5.1.1 <hana@example.org>: Recipient address rejected: User "
         "unknown in virtual mailbox table'])", [E("5.1.1", "550", "userunknown")])
ironport("ironport-02.eml", "ivan@example.net",
         "5.4.7 - Delivery expired (message too old) 'DNS Hard Error looking up example.net (MX):  NXDomain'",
         [E("5.4.7", "", "expired")])
ironport("ironport-03.eml", "jade@example.org",
         "5.3.0 - Other mail system problem ('552', ['5.2.2 The email account that you tried to reach is over "
         "quota.'])", [E("5.2.2", "552", "mailboxfull")], crlf=True)
ironport("ironport-04.eml", "kemal@example.net",
         "4.4.2 - Bad connection ('421', ['4.7.0 Try again later, closing connection. (EHLO)'])",
         [E("4.7.0", "421", "securityerror")], delay=True)
pf1("ironport-05.eml", MX, "lena@example.org", "5.7.1",
    "554 5.7.1 Message rejected by policy: IronPort anti-spam (CASE) verdict: spam positive",
    "esa3.example.org", "198.51.100.60", [E("5.7.1", "554", "securityerror")], cmd="end of DATA")

# --- Sophos (UTM's Exim; Sophos Email's replies) ---
exim("sophos-01.eml", "utm.example.com", [("milo@example.org", smtp_err(
    "mx.example.org", "198.51.100.20", "RCPT TO:<milo@example.org>",
    ["550 5.1.1 <milo@example.org>: Recipient address rejected: User unknown"]))],
    [E("5.1.1", "550", "userunknown")], ver="4.95")
exim("sophos-02.eml", "utm.example.com", [("nadia@example.net", [
    "This message has been blocked because it contains a virus: Troj/DocDl-AZXV"])],
    [E("5.0.901", "", "onhold")], ver="4.95")
pf1("sophos-03.eml", MX, "omar@example.org", "5.7.1",
    "550 5.7.1 Sophos Email: message blocked as spam [a1b2c3d4-e5f6-7890-abcd-ef1234567890]",
    "mx-01-eu-west-1.prod.hydra.sophos.com", "203.0.113.170", [E("5.7.1", "550", "securityerror")], cmd="end of DATA")

# --- FortiMail ---
sendmail("fortimail-01.eml", "fortimail.example.org", "pia@example.org", "5.1.1",
         "550 5.1.1 <pia@example.org>... User unknown", "fortimail.example.org",
         [E("5.1.1", "550", "userunknown")], engine="Sendmail")
pf1("fortimail-02.eml", MX, "quentin@example.net", "5.7.1",
    "550 5.7.1 Connection refused by FortiGuard AntiSpam IP reputation: 192.0.2.10",
    "fortimail.example.net", "198.51.100.70", [E("5.7.1", "550", "blocked")], cmd="MAIL FROM")
pf1("fortimail-03.eml", MX, "rita@example.org", "5.7.1",
    "554 5.7.1 This message has been blocked because it contains FortiGuard - AntiSpam blocked URL(s).",
    "fortimail.example.org", "198.51.100.71", [E("5.7.1", "554", "spamdetected")], cmd="end of DATA")

# --- Trend Micro Email Security ---
pf1("trendmicro-01.eml", MX, "sven@example.net", "5.7.1",
    "550 5.7.1 Mail from 192.0.2.10 blocked using Trend Micro Email Reputation database. Please see "
    "http://www.mail-abuse.com/cgi-bin/lookup?192.0.2.10", "in.tmes.trendmicro.eu", "203.0.113.180",
    [E("5.7.1", "550", "blocked")], cmd="MAIL FROM")
pf1("trendmicro-02.eml", MX, "tara@example.org", "5.7.1",
    "550 5.7.1 Message rejected: virus found in the message (Trend Micro Email Security)",
    "in.tmes.trendmicro.com", "203.0.113.181", [E("5.7.1", "550", "securityerror")], cmd="end of DATA")
plain("trendmicro-03.eml", "InterScanMSS", "\"Trend Micro Email Security\" <postmaster@tmes.example.com>",
      "Mail could not be delivered",
      "Mail could not be delivered to the following recipient(s):\n\n"
      "<ugo@example.net>: 553 5.3.0 <ugo@example.net>... Addressee unknown, relay=[198.51.100.80]\n\n"
      "Sent <<< RCPT TO:<ugo@example.net>\nReceived >>> 553 5.3.0 <ugo@example.net>... Addressee unknown, "
      "relay=[198.51.100.80]\n", [E("5.3.0", "553", "systemerror")])

# --- Mimecast (Rhost::Mimecast by .mimecast.com) ---
pf1("mimecast-01.eml", MX, "vera@example.org", "5.0.0",
    "550 Rejected by header based Anti-Spoofing policy: sender@example.com - "
    "https://community.mimecast.com/docs/DOC-1369#550 [Xy1AbCdEfGhIjKl2.uk22]",
    "eu-smtp-inbound-1.mimecast.com", "203.0.113.190", [E("5.0.0", "550", "onhold")], cmd="end of DATA")
pf1("mimecast-02.eml", MX, "walt@example.net", "5.0.0",
    "550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550 [Q2wE3rT4yU5iO6pA.us101]",
    "us-smtp-inbound-2.mimecast.com", "203.0.113.191", [E("5.0.0", "550", "userunknown")])
pf1("mimecast-03.eml", MX, "xia@example.org", "4.0.0",
    "451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451",
    "eu-smtp-inbound-2.mimecast.com", "203.0.113.192", [E("4.0.0", "451", "expired")], delay=True)
report("mimecast-04.eml", "RFC3464", "Mimecast Postmaster <postmaster@mimecast-report.example.com>",
       "Your message couldn't be delivered",
       "Your message couldn't be delivered to yuri@example.net.\n\n"
       "The recipient's email server rejected the message:\n\n"
       "554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554\n\n"
       "This notification was sent by the Mimecast Email Security service on behalf of example.com.\n",
       "eu-smtp-o-5.mimecast.com",
       [rec("yuri@example.net", "failed", "5.0.0",
            "554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554",
            "eu-smtp-inbound-1.mimecast.com", orig_rcpt=False)],
       [E("5.0.0", "554", "virusdetected")], text_enc="qp", text_cs="utf-8",
       html="<html><body><p>Your message couldn&#39;t be delivered to <b>yuri@example.net</b>.</p>"
            "<p>The recipient&#39;s email server rejected the message:</p><p>554 Email rejected due to security "
            "policies - https://community.mimecast.com/docs/DOC-1369#554</p></body></html>")

# --- Symantec / Broadcom Email Security.cloud (Rhost::MessageLabs) ---
pf1("symantec-01.eml", MX, "zane@example.org", "5.0.0",
    "553-SPF (Sender Policy Framework) domain authentication 553-fail. Refer to the Troubleshooting page at 553-"
    "http://www.symanteccloud.com/troubleshooting for more 553 information. (#5.7.1)",
    "cluster5.eu.messagelabs.com", "203.0.113.200", [E("5.7.1", "553", "authfailure")], cmd="MAIL FROM")
pf1("symantec-02.eml", MX, "abel@example.net", "5.0.0",
    "550 Invalid recipient <abel@example.net> (#5.1.1)", "cluster1.us.messagelabs.com", "203.0.113.201",
    [E("5.1.1", "550", "userunknown")])
pf1("symantec-03.eml", MX, "bruna@example.org", "5.0.0",
    "553-Message filtered. Refer to the Troubleshooting page at 553-http://www.symanteccloud.com/troubleshooting "
    "for more 553 information. (#5.7.1)", "cluster9.eu.messagelabs.com", "203.0.113.202",
    [E("5.7.1", "553", "filtered")], cmd="end of DATA")

# --- Hornetsecurity ---
pf1("hornetsecurity-01.eml", MX, "cyril@example.net", "5.7.1",
    "554 5.7.1 Rejected by Hornetsecurity: message classified as spam",
    "mx01.hornetsecurity.com", "203.0.113.210", [E("5.7.1", "554", "securityerror")], cmd="end of DATA")
report("hornetsecurity-02.eml", "RFC3464", "Hornetsecurity Mail Delivery <mailer-daemon@hornetsecurity.com>",
       "Undeliverable: " + SUBJ,
       "Your message could not be delivered.\n\nRecipient: dunja@example.org\n"
       "Reason: 550 5.1.1 <dunja@example.org>: Recipient address rejected: undeliverable address: "
       "host mail.example.org[198.51.100.90] said: 550 5.1.1 User unknown\n",
       "mx-out-02.hornetsecurity.com",
       [rec("dunja@example.org", "failed", "5.1.1",
            "550 5.1.1 <dunja@example.org>: Recipient address rejected: undeliverable address: host "
            "mail.example.org[198.51.100.90] said: 550 5.1.1 User unknown", "mail.example.org")],
       [E("5.1.1", "550", "userunknown")], text_enc="base64", text_cs="utf-8")

# --- SpamTitan ---
pf1("spamtitan-01.eml", MX, "egon@example.net", "5.7.1",
    "554 5.7.1 Message rejected by SpamTitan: spam score too high", "spamtitan.example.net",
    "198.51.100.95", [E("5.7.1", "554", "spamdetected")], cmd="end of DATA")
pf1("spamtitan-02.eml", MX, "flora@example.org", "5.1.1",
    "550 5.1.1 <flora@example.org>: Recipient address rejected: User unknown in relay recipient table",
    "spamtitan.example.org", "198.51.100.96", [E("5.1.1", "550", "userunknown")])

# ==========================================================================
# 3. Company servers
# ==========================================================================

# --- Zimbra (Postfix) ---
ZM = "zimbra.example.com"
pf1("zimbra-01.eml", ZM, "gert@example.org", "5.1.1",
    "550 5.1.1 <gert@example.org>: Recipient address rejected: example.org", "mail.example.org", "198.51.100.100",
    [E("5.1.1", "550", "userunknown")])
pf1("zimbra-02.eml", ZM, "hilde@example.com", "5.2.2", "552 5.2.2 Over quota", ZM, "127.0.0.1",
    [E("5.2.2", "552", "mailboxfull")],
    text="host zimbra.example.com[127.0.0.1] said: 552 5.2.2 Over quota (in reply to RCPT TO command)")
pf1("zimbra-03.eml", ZM, "ines@example.com", "4.2.1", "452 4.2.1 Mailbox temporarily disabled", ZM, "127.0.0.1",
    [E("4.2.1", "452", "blocked")], delay=True,
    text="host zimbra.example.com[127.0.0.1] said: 452 4.2.1 Mailbox temporarily disabled (in reply to RCPT TO command)")

# --- Postfix with soft_bounce = yes (the 5xx held as 4xx) ---
pf1("postfix-softbounce-01.eml", MX, "jonas@example.org", "4.1.1",
    "550 5.1.1 <jonas@example.org>: Recipient address rejected: User unknown in local recipient table",
    "mx.example.org", "198.51.100.20", [E("5.1.1", "550", "userunknown")], delay=True)
pf1("postfix-softbounce-02.eml", MX, "kira@example.net", "4.7.1",
    "554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org",
    "mx.example.net", "198.51.100.31", [E("5.7.1", "554", "blocked")], delay=True)
pf1("postfix-softbounce-03.eml", MX, "lars@example.org", "4.2.2",
    "552 5.2.2 <lars@example.org>: Mailbox full", "mx.example.org", "198.51.100.20",
    [E("5.2.2", "552", "mailboxfull")],
    text="host mx.example.org[198.51.100.20] said: 552 5.2.2 <lars@example.org>: Mailbox full (in reply to RCPT TO "
         "command)")

# --- MDaemon ---
MD_FAIL = ("The attached message had PERMANENT fatal delivery errors!\n\n"
           "After one or more unsuccessful delivery attempts the attached message has\n"
           "been removed from the mail queue on this server.  The number and frequency\n"
           "of delivery attempts are determined by local configuration parameters.\n\n"
           "YOUR MESSAGE WAS NOT DELIVERED TO ONE OR MORE RECIPIENTS!\n\n--- Session Transcript ---\n")
MD_WARN = ("The attached message has not yet been delivered!\n\n"
           "The mail server will continue to attempt delivery of this message.\n"
           "You do not need to resend it.  This is a warning only.\n\n--- Session Transcript ---\n")


def mdaemon(name, addr, lines, exp, warn=False):
    n = nxt()
    date = date_of(n, 15, "+0100")
    tr = "".join(" Mon 2025-11-%02d 15:%02d:%02d.%03d: %s\n" % (3 + n % 7, n % 60, i, 100 + i * 7, l)
                 for i, l in enumerate(lines))
    text = (MD_WARN if warn else MD_FAIL) + tr + "--- End Transcript ---\n"
    subj = "Warning: Temporary Delivery Failure" if warn else "Permanent Delivery Failure"
    h = hdrs("postmaster@example.com", subj, date, "MDAEMON%02d.%d@example.com" % (n, 1000 + n),
             extra=["X-MDaemon-Deliver-To: " + SA, "X-Mailer: MDaemon Email Server 24.0.1",
                    "X-MDSend-Notifications-To: " + SA, "Auto-Submitted: auto-replied"])
    body = multipart("mixed", [part("text/plain", text), returned(addr, SUBJ, date, "md%02d@example.com" % n)],
                     "MDAEMON_%d_BOUNDARY" % n)
    add(name, "MDaemon", "\n".join(h) + "\n" + body, exp)


mdaemon("mdaemon-01.eml", "mats@example.org", [
    "Attempting SMTP connection to [mx.example.org : 25]", "Resolving MX records for [example.org] (DNS Server: 192.0.2.53)...",
    "Attempting SMTP connection to [198.51.100.20:25]", "Connection established (192.0.2.10:51422 -> 198.51.100.20:25)",
    "<-- 220 mx.example.org ESMTP", "--> EHLO mail.example.com", "<-- 250 mx.example.org",
    "--> MAIL From:<sender@example.com> SIZE=2812", "<-- 250 2.1.0 Ok", "--> RCPT To:<mats@example.org>",
    "<-- 550 5.1.1 <mats@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
    "--> QUIT"], [E("5.1.1", "550", "userunknown")])
mdaemon("mdaemon-02.eml", "nele@example.net", [
    "Attempting SMTP connection to [mx.example.net : 25]", "Attempting SMTP connection to [198.51.100.31:25]",
    "Connection established (192.0.2.10:51430 -> 198.51.100.31:25)", "<-- 220 mx.example.net ESMTP",
    "--> EHLO mail.example.com", "<-- 250 mx.example.net", "--> MAIL From:<sender@example.com> SIZE=18812441",
    "<-- 552 5.3.4 Message size exceeds fixed limit", "--> QUIT"], [E("5.3.4", "552", "mesgtoobig")])
mdaemon("mdaemon-03.eml", "olaf@example.org", [
    "Attempting SMTP connection to [mx.example.org : 25]", "Attempting SMTP connection to [198.51.100.20:25]",
    "Connection established (192.0.2.10:51444 -> 198.51.100.20:25)", "<-- 220 mx.example.org ESMTP",
    "--> EHLO mail.example.com", "<-- 250 mx.example.org", "--> MAIL From:<sender@example.com> SIZE=2812",
    "<-- 250 2.1.0 Ok", "--> RCPT To:<olaf@example.org>",
    "<-- 450 4.2.0 <olaf@example.org>: Recipient address rejected: Greylisted, please try again later",
    "--> QUIT"], [E("4.2.0", "450", "expired")], warn=True)

# --- Kerio Connect (its text and a DSN) ---
report("kerio-01.eml", "RFC3464", "Mail Delivery Subsystem <MAILER-DAEMON@kerio.example.com>",
       "Undelivered mail: " + SUBJ,
       "Your message did not reach some or all of the intended recipients.\n\n   Subject: " + SUBJ + "\n"
       "   Sent: 11/3/2025 10:02 AM\n\nThe following recipient(s) could not be reached:\n\n"
       "paula@example.org\n   Error Type: SMTP\n   Remote server 198.51.100.20 (mx.example.org) issued an error.\n"
       "   Kerio Connect sent: RCPT TO:<paula@example.org>\n   Remote server replied: 550 5.1.1 <paula@example.org>: "
       "Recipient address rejected: User unknown\n\nKerio Connect 10.0.6 at kerio.example.com\n",
       "kerio.example.com",
       [rec("paula@example.org", "failed", "5.1.1",
            "550 5.1.1 <paula@example.org>: Recipient address rejected: User unknown", "mx.example.org")],
       [E("5.1.1", "550", "userunknown")], extra_per="\nX-Kerio-Version: 10.0.6")
report("kerio-02.eml", "RFC3464", "Mail Delivery Subsystem <MAILER-DAEMON@kerio.example.com>",
       "Delayed mail: " + SUBJ,
       "Your message has not been delivered yet to some of the intended recipients.\n"
       "Kerio Connect will keep trying; you do not need to send it again.\n\n"
       "rolf@example.net\n   Error Type: SMTP\n   Cannot connect to remote server 198.51.100.31 (mx.example.net): "
       "Connection timed out\n\nKerio Connect 10.0.6 at kerio.example.com\n", "kerio.example.com",
       [rec("rolf@example.net", "delayed", "4.4.1", "Connection timed out", "mx.example.net", dtype="X-Kerio")],
       [E("4.4.1", "", "expired")])

# --- hMailServer ---
HM = ("Your message did not reach some or all of the intended recipients.\n\n   Sent: %s\n   Subject: " + SUBJ +
      "\n\nThe following recipient(s) could not be reached:\n\n%s\n\nhMailServer\n")


def hmail(name, date, addr, lines, exp, crlf=False):
    plain(name, "hMailServer", "MAILER-DAEMON <mailer-daemon@hmail.example.com>",
          "Message undeliverable: " + SUBJ, HM % (date, addr + "\n" + "".join("   %s\n" % l for l in lines)),
          exp, crlf=crlf)


hmail("hmailserver-01.eml", "Tue, 04 Nov 2025 09:11:02 +0100", "sara@example.org", [
    "Error Type: SMTP", "Remote server (198.51.100.20) issued an error.",
    "hMailServer sent: RCPT TO:<sara@example.org>",
    "Remote server replied: 550 5.1.1 <sara@example.org>: Recipient address rejected: User unknown"],
    [E("5.1.1", "550", "userunknown")])
hmail("hmailserver-02.eml", "Tue, 04 Nov 2025 09:21:02 +0100", "timo@example.net", [
    "Error Type: SMTP", "Remote server (198.51.100.31) issued an error.", "hMailServer sent: MAIL FROM:<sender@example.com>",
    "Remote server replied: 554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using bl.spamcop.net"],
    [E("5.7.1", "554", "blocked")], crlf=True)
hmail("hmailserver-03.eml", "Tue, 04 Nov 2025 09:31:02 +0100", "ute@nonexistent.example.net", [
    "Error Type: SMTP", "Remote server (None) issued an error.", "hMailServer sent: ",
    "Remote server replied: 550 No mail servers appear to exists for the recipients address."],
    [E("5.0.901", "550", "onhold")])

# --- SmarterMail ---
report("smartermail-01.eml", "RFC3464", "Mail Delivery System <MAILER-DAEMON@smarter.example.com>",
       "Undeliverable: " + SUBJ,
       "Delivery has failed to these recipients or distribution lists:\n\nviktor@example.org\n"
       "   Reason: Remote host said: 550 5.2.1 <viktor@example.org>: mailbox is disabled\n\n"
       "This is an automatically generated message from SmarterMail.\n", "smarter.example.com",
       [rec("viktor@example.org", "failed", "5.2.1", "550 5.2.1 <viktor@example.org>: mailbox is disabled",
            "mx.example.org")], [E("5.2.1", "550", "filtered")], text_enc="qp", text_cs="utf-8")
plain("smartermail-02.eml", "SmarterMail", "Mail Delivery System <MAILER-DAEMON@smarter.example.com>",
      "Delivery delayed: " + SUBJ,
      "This is a delivery status notification; your message has not been delivered yet.\n\n"
      "Recipient: wanda@example.net\nStatus: Delayed\n"
      "Reason: 421 4.7.0 [TSS04] Messages from 192.0.2.10 temporarily deferred due to unexpected volume or user "
      "complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes\n\n"
      "SmarterMail will retry delivery for up to 2 days.\n", [E("4.7.0", "421", "badreputation")])

# --- IceWarp ---
plain("icewarp-01.eml", "IceWarp", "Mail Delivery System <postmaster@icewarp.example.com>",
      "Undeliverable: " + SUBJ,
      "This is the mail delivery agent at icewarp.example.com.\n"
      "I was not able to deliver your message to the following addresses.\n\n"
      "<xaver@example.org>:\n198.51.100.20 said: 550 5.1.1 <xaver@example.org>... No such user\n\n"
      "--- Below this line is a copy of the message.\n\n" + orig("xaver@example.org", SUBJ, date_of(70, 8),
                                                                   "iw70@example.com") + "\n" + BODY,
      [E("5.1.1", "550", "userunknown")], extra=["X-Mailer: IceWarp Mail Server 14.1.0"])
plain("icewarp-02.eml", "IceWarp", "Mail Delivery System <postmaster@icewarp.example.com>",
      "Undeliverable: " + SUBJ,
      "This is the mail delivery agent at icewarp.example.com.\n"
      "I was not able to deliver your message to the following addresses.\n\n"
      "<yvonne@example.net>:\n198.51.100.31 said: 552 5.2.2 <yvonne@example.net>: user quota exceeded\n\n"
      "--- Below this line is a copy of the message.\n\n" + orig("yvonne@example.net", SUBJ, date_of(71, 8),
                                                                   "iw71@example.com") + "\n" + BODY,
      [E("5.2.2", "552", "mailboxfull")], extra=["X-Mailer: IceWarp Mail Server 14.1.0"], enc="qp", cs="utf-8")

# --- Axigen ---
report("axigen-01.eml", "RFC3464", "Axigen Mail Delivery <MAILER-DAEMON@axigen.example.com>",
       "Delivery Status Notification (Failure)",
       "This is an automatically generated Delivery Status Notification from Axigen.\n\n"
       "Delivery to the following recipients failed permanently:\n\n    zora@example.org\n\n"
       "Technical details of the failure:\n    Remote SMTP server mx.example.org [198.51.100.20] said:\n"
       "    550 5.1.1 <zora@example.org>: Recipient address rejected: User unknown\n", "axigen.example.com",
       [rec("zora@example.org", "failed", "5.1.1",
            "550 5.1.1 <zora@example.org>: Recipient address rejected: User unknown", "mx.example.org")],
       [E("5.1.1", "550", "userunknown")])
report("axigen-02.eml", "RFC3464", "Axigen Mail Delivery <MAILER-DAEMON@axigen.example.com>",
       "Delivery Status Notification (Delay)",
       "This is an automatically generated Delivery Status Notification from Axigen.\n\n"
       "THIS IS A WARNING MESSAGE ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n"
       "Delivery to the following recipients has been delayed:\n\n    anton@example.net\n\n"
       "Technical details:\n    Could not connect to mx.example.net [198.51.100.31]: connection refused\n",
       "axigen.example.com",
       [rec("anton@example.net", "delayed", "4.4.1", "Could not connect to mx.example.net: connection refused",
            "mx.example.net", dtype="X-Axigen")], [E("4.4.1", "", "expired")])

# --- Exchange 2016/2019 on premises ---
EX_TEXT = ("Delivery has failed to these recipients or groups:\n\n%s (%s)\n%s\n\n\n\n\n\n\n"
           "Diagnostic information for administrators:\n\nGenerating server: EX01.corp.example.com\n\n"
           "%s\nRemote Server returned '%s'\n\nOriginal message headers:\n\n")


def exchange(name, addr, human, diag, status, rhost, exp, delay=False, enc="7bit", html=False, lang=None):
    n = nxt()
    date = date_of(n, 10, "+0100")
    if delay:
        text = ("Delivery is delayed to these recipients or groups:\n\n%s (%s)\n\nSubject: %s\n\n"
                "This message hasn't been delivered yet. Delivery will continue to be attempted.\n\n"
                "The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. "
                "You'll be notified if the message can't be delivered by that time.\n\n\n\n\n\n\n\n"
                "Diagnostic information for administrators:\n\nGenerating server: EX01.corp.example.com\n"
                "Receiving server: %s\n\n%s\nRemote Server at %s returned '%s'\n%s\n\nOriginal message headers:\n\n" % (
                    addr, addr, SUBJ, rhost or "", addr, rhost or "", diag, date))
        subj, action = "Delivery delayed:" + SUBJ, "delayed"
    else:
        text = EX_TEXT % (addr, addr, human, addr, diag)
        subj, action = "Undeliverable: " + SUBJ, "failed"
    text += orig(addr, SUBJ, date, "ex%02d@corp.example.com" % n)
    per = ("Reporting-MTA: dns;EX01.corp.example.com\nReceived-From-MTA: dns;EX02.corp.example.com\n"
           "Arrival-Date: %s" % date)
    r = rec(addr, action, status, diag, rhost, orig_rcpt="rfc822;" + addr, ftype="rfc822")
    r = r.replace("Original-Recipient: rfc822;rfc822;", "Original-Recipient: rfc822;")
    h = ["Return-Path: <>", "Received: from EX01.corp.example.com (10.0.0.11) by EX02.corp.example.com (10.0.0.12)\n"
         "\twith Microsoft SMTP Server id 15.2.1544.4 via Mailbox Transport; %s" % date,
         "From: Microsoft Exchange <postmaster@corp.example.com>", "To: <%s>" % SA, "Date: %s" % date,
         "Subject: %s" % subj, "Message-ID: <%08x-b1c2-4d3e-9f00-%012d@corp.example.com>" % (0x1a2b3c00 + n, n),
         "Content-Language: en-US", "X-MS-Exchange-Message-Is-Ndr:", "Auto-Submitted: auto-replied", "MIME-Version: 1.0"]
    tp = part("text/plain", text, enc, "us-ascii")
    if html:
        hp = part("text/html", "<html><head></head><body><p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">"
                  "Delivery has failed to these recipients or groups:</font></b></p><p><a href=\"mailto:%s\">%s</a>"
                  "<br>%s</p></body></html>" % (addr, addr, human), enc, "us-ascii")
        first = multipart("alternative", [tp, hp], "_001_EX%02d_" % n, preamble="")
    else:
        first = tp
    body = multipart("report", [first, dsn(per, [r]), returned(addr, SUBJ, date, "ex%02d@corp.example.com" % n,
                                                               "headers")],
                     "_000_EX%02d_" % n, params=" report-type=delivery-status;")
    add(name, "Exchange2007", "\n".join(h) + "\n" + body, exp)


exchange("exchange-onprem-01.eml", "bert@corp.example.com",
         "The email address you entered couldn't be found. Please check the recipient's email address and try to "
         "resend the message. If the problem continues, please contact your helpdesk.",
         "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "5.1.1", None, [E("5.1.1", "550", "userunknown")],
         html=True)
exchange("exchange-onprem-02.eml", "clara@example.org",
         "The message is too large to be delivered. Please reduce the size of the message and try again.",
         "550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for route", "5.3.4", None,
         [E("5.3.4", "550", "mesgtoobig")])
exchange("exchange-onprem-03.eml", "dieter@corp.example.com",
         "Your message wasn't delivered because the recipient's mailbox is full.",
         "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; "
         "Failed to process message due to a permanent exception with message Cannot open mailbox", "5.2.2", None,
         [E("5.2.2", "554", "mailboxfull")], enc="qp", html=True)
exchange("exchange-onprem-04.eml", "elke@example.net", "",
         "451 4.4.0 DNS query failed. The error was: DNS query failed with error: ErrorRetry", "4.4.0",
         "mx.example.net", [E("4.4.0", "451", "expired")], delay=True)
exchange("exchange-onprem-05.eml", "felix@example.org",
         "Your message wasn't delivered because the recipient's email provider rejected it.",
         "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required", "5.7.1", None,
         [E("5.7.1", "550", "securityerror")])
exchange("exchange-onprem-06.eml", "greta@example.net",
         "Delivery of this message was delayed. The message expired before it could be delivered.",
         "550 4.4.7 QUEUE.Expired; message expired", "4.4.7", "mx.example.net", [E("4.4.7", "", "expired")])

# --- Exchange Online's newer NDR in German, French, Spanish ---
EXO = {
    "de": ("Unzustellbar: ", "Ihre Nachricht an %s konnte nicht übermittelt werden.",
           "Aktion erforderlich", "Empfänger", "So beheben Sie das Problem",
           "Diagnoseinformationen für Administratoren:", "Generierender Server: %s", "Ursprüngliche Nachrichtenkopfzeilen:"),
    "fr": ("Non remis : ", "Votre message à %s n’a pas pu être remis.",
           "Action requise", "Destinataire", "Comment résoudre le problème",
           "Informations de diagnostic pour les administrateurs :", "Serveur de génération : %s",
           "En-têtes de message d’origine :"),
    "es": ("No se puede entregar: ", "Su mensaje para %s no se pudo entregar.",
           "Acción necesaria", "Destinatario", "Cómo solucionarlo",
           "Información de diagnóstico para administradores:", "Servidor de generación: %s",
           "Encabezados originales del mensaje:"),
}


def exo(name, lang, addr, why, what, fix, diag, status, exp, enc="qp", remote=None):
    n = nxt()
    date = date_of(n, 7)
    L = EXO[lang]
    gen = "PAXPR02MB%04d.eurprd02.prod.outlook.com" % (7000 + n)
    text = ("%s\n\n%s\n\n%s\n%s\n\n%s\n\n%s\n%s\n\n\n\n\n\n%s\n\n%s\n\n%s\n%s '%s'\n\n%s\n\n" % (
        L[1] % addr, why, L[2], L[3], what, L[4], fix, L[5], L[6] % gen, addr,
        "Remote Server returned" if not remote else "Remote server returned", diag, L[7]))
    text += orig(addr, SUBJ, date, "exo%02d@example.com" % n)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:'Segoe UI'\"><p>%s</p><p>%s</p><table><tr><td>%s</td><td>%s</td></tr></table>"
            "<p>%s</p><p>%s</p></div></body></html>" % (L[1] % addr, why, L[2], what, L[4], fix))
    per = "Reporting-MTA: dns;%s\nReceived-From-MTA: dns;AM6PR02MB1234.eurprd02.prod.outlook.com\nArrival-Date: %s" % (
        gen, date)
    r = rec(addr, "failed", status, diag, remote, orig_rcpt=False)
    h = ["Return-Path: <>", "From: Microsoft Outlook\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>",
         "To: <%s>" % SA, "Date: %s" % date, "Subject: %s" % mimeword(L[0] + SUBJ, "utf-8", "Q"),
         "Message-ID: <%08x-2c3d-4e5f-8a9b-%012d@%s>" % (0x2b3c4d00 + n, n, gen), "Content-Language: %s" % {
             "de": "de-DE", "fr": "fr-FR", "es": "es-ES"}[lang],
         "X-MS-Exchange-Message-Is-Ndr:", "X-MS-PublicTrafficType: Email", "Auto-Submitted: auto-replied",
         "MIME-Version: 1.0"]
    tp = part("text/plain", text, enc, "utf-8")
    hp = part("text/html", html, enc, "utf-8")
    first = multipart("alternative", [tp, hp], "_002_EXO%02d_" % n, preamble="")
    body = multipart("report", [first, dsn(per, [r]), returned(addr, SUBJ, date, "exo%02d@example.com" % n, "headers")],
                     "_003_EXO%02d_" % n, params=" report-type=delivery-status;")
    add(name, "Exchange2007", "\n".join(h) + "\n" + body, exp)


exo("exo-de-01.eml", "de", "hanna@example.de", "hanna wurde unter example.de nicht gefunden.",
    "Unbekannte E-Mail-Adresse",
    "Die von Ihnen eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers.",
    "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", "5.1.10",
    [E("5.1.10", "550", "userunknown")])
exo("exo-de-02.eml", "de", "ingo@example.de", "Das Postfach von ingo@example.de ist voll.",
    "Postfach voll", "Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen.",
    "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
    "5.2.2", [E("5.2.2", "554", "mailboxfull")], enc="base64")
exo("exo-fr-01.eml", "fr", "julien@example.fr", "julien est introuvable sur example.fr.",
    "Adresse de messagerie inconnue",
    "L’adresse de messagerie que vous avez entrée est introuvable. Vérifiez l’adresse du destinataire.",
    "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", "5.1.10",
    [E("5.1.10", "550", "userunknown")])
exo("exo-fr-02.eml", "fr", "lea@example.fr",
    "Votre message n’a pas été remis car le fournisseur de messagerie du destinataire l’a rejeté.",
    "Le destinataire a rejeté le message",
    "Le serveur de messagerie du destinataire a rejeté votre message parce que votre domaine n’est pas authentifié.",
    "550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has a DMARC policy "
    "of reject.", "5.7.509", [E("5.7.509", "550", "authfailure")], remote="mx.example.fr")
exo("exo-es-01.eml", "es", "marta@example.es", "No se encontró a marta en example.es.",
    "Dirección de correo desconocida",
    "No se encontró la dirección de correo electrónico que escribió. Compruebe la dirección del destinatario.",
    "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", "5.1.10",
    [E("5.1.10", "550", "userunknown")], enc="base64")
exo("exo-es-02.eml", "es", "nico@example.es",
    "Su mensaje no se entregó porque la organización del destinatario lo bloqueó.",
    "Bloqueado por la organización",
    "El remitente no tiene permiso para enviar a este destinatario. Póngase en contacto con el administrador.",
    "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized", "5.7.1", [E("5.7.1", "550", "filtered")])

# --- Haraka ---
report("haraka-01.eml", "RFC3464", "\"Mail Delivery System\" <MAILER-DAEMON@haraka.example.com>",
       "Mail delivery failed: returning message to sender",
       "This message was created automatically by mail delivery software.\n\n"
       "A message that you sent could not be delivered to one or more of its recipients.\n"
       "This is a permanent error.\n\nThe following address(es) failed:\n\n  oskar@example.org\n\n"
       "Reason: 550 5.1.1 <oskar@example.org>: Recipient address rejected: User unknown in virtual mailbox table\n",
       "haraka.example.com",
       [rec("oskar@example.org", "failed", "5.1.1",
            "550 5.1.1 <oskar@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
            "mx.example.org", orig_rcpt=False)],
       [E("5.1.1", "550", "userunknown")], extra=["Received: (Haraka 3.0.4 invoked for bounce); " + date_of(90, 12)])
report("haraka-02.eml", "RFC3464", "\"Mail Delivery System\" <MAILER-DAEMON@haraka.example.com>",
       "Mail delivery failed: returning message to sender",
       "This message was created automatically by mail delivery software.\n\n"
       "A message that you sent could not be delivered to one or more of its recipients.\n"
       "This is a permanent error.\n\nThe following address(es) failed:\n\n  petra@example.net\n\n"
       "Reason: Too many failures (Tried for 2 days)\n", "haraka.example.com",
       [rec("petra@example.net", "failed", "4.4.7", "Too many failures (Tried for 2 days)", None, orig_rcpt=False)],
       [E("4.4.7", "", "expired")])

# --- Stalwart ---
report("stalwart-01.eml", "RFC3464", "\"Mail Delivery Subsystem\" <MAILER-DAEMON@stalwart.example.com>",
       "Failed to deliver message",
       "Your message could not be delivered to the following recipients:\n\n"
       "<rene@example.org> (host 'mx.example.org' rejected command 'RCPT TO:<rene@example.org>' with code 550 "
       "(5.1.1) 'Mailbox does not exist')\n", "stalwart.example.com",
       [rec("rene@example.org", "failed", "5.1.1", "550 5.1.1 Mailbox does not exist", "mx.example.org",
            orig_rcpt=False)], [E("5.1.1", "550", "userunknown")])
report("stalwart-02.eml", "RFC3464", "\"Mail Delivery Subsystem\" <MAILER-DAEMON@stalwart.example.com>",
       "Warning: Delay in message delivery",
       "There was a temporary problem delivering your message to the following recipients:\n\n"
       "<sina@example.net> (connection to 'mx.example.net' failed: Connection refused (os error 111))\n",
       "stalwart.example.com",
       [rec("sina@example.net", "delayed", "4.4.1", "Connection refused (os error 111)", "mx.example.net",
            dtype="X-Stalwart", orig_rcpt=False)], [E("4.4.1", "", "expired")])
report("stalwart-03.eml", "RFC3464", "\"Mail Delivery Subsystem\" <MAILER-DAEMON@stalwart.example.com>",
       "Failed to deliver message",
       "Your message could not be delivered to the following recipients:\n\n"
       "<tom@example.org> (host 'mx.example.org' rejected command 'MAIL FROM:<sender@example.com>' with code 550 "
       "(5.7.26) 'This mail has been blocked because the sender is unauthenticated. DMARC policy of example.com "
       "is reject')\n", "stalwart.example.com",
       [rec("tom@example.org", "failed", "5.7.26",
            "550 5.7.26 This mail has been blocked because the sender is unauthenticated. DMARC policy of "
            "example.com is reject", "mx.example.org", orig_rcpt=False)], [E("5.7.26", "550", "authfailure")],
       text_enc="base64", text_cs="utf-8")

# --- Maddy ---
MADDY = ("This is the mail delivery system at maddy.example.com.\n\n"
         "Unfortunately, your message could not be delivered to one or more\nrecipients. The usual cause of this "
         "problem is invalid\nrecipient addresses or maintenance at the recipient side.\n\n"
         "Contact the postmaster for further assistance, provide the Message ID (below).\n\n"
         "Message ID: 9f3c21a0\nArrival: 2025-11-07T10:00:00Z\nLast delivery attempt: 2025-11-07T10:00:03Z\n\n")
report("maddy-01.eml", "RFC3464", "Mail Delivery Subsystem <MAILER-DAEMON@maddy.example.com>",
       "Undelivered Mail Returned to Sender", MADDY + "Recipient: ulla@example.org\n"
       "Reason: mx.example.org said: 550 5.1.1 <ulla@example.org>: Recipient address rejected: User unknown\n",
       "maddy.example.com",
       [rec("ulla@example.org", "failed", "5.1.1",
            "550 5.1.1 <ulla@example.org>: Recipient address rejected: User unknown", "mx.example.org",
            orig_rcpt=False)], [E("5.1.1", "550", "userunknown")])
report("maddy-02.eml", "RFC3464", "Mail Delivery Subsystem <MAILER-DAEMON@maddy.example.com>",
       "Undelivered Mail Returned to Sender", MADDY + "Recipient: vito@example.net\n"
       "Reason: mx.example.net said: 554 5.7.1 Rejected because of SPF policy (fail)\n", "maddy.example.com",
       [rec("vito@example.net", "failed", "5.7.1", "554 5.7.1 Rejected because of SPF policy (fail)", "mx.example.net",
            orig_rcpt=False)], [E("5.7.1", "554", "filtered")], crlf=True)

# --- more of the families: soft_bounce's final bounce, Mimecast's envelope block, .cloud's policy refusal,
# Kerio with two recipients ---
pf1("postfix-softbounce-04.eml", MX, "mia@example.org", "4.1.1",
    "550 5.1.1 <mia@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
    "mx.example.org", "198.51.100.20", [E("5.1.1", "550", "userunknown")])
pf1("mimecast-05.eml", MX, "nora@example.net", "5.0.0",
    "550 Administrative prohibition - envelope blocked - https://community.mimecast.com/docs/DOC-1369#550 "
    "[Zx9YwVu8TsRq7PoN.uk12]", "eu-smtp-inbound-2.mimecast.com", "203.0.113.192",
    [E("5.0.0", "550", "rejected")], cmd="MAIL FROM")
pf1("symantec-04.eml", MX, "otto@example.org", "5.0.0",
    "501 Connection rejected by policy [7.7] 20805, please visit www.symanteccloud.com/troubleshooting for more "
    "details about this error message.", "cluster3.eu.messagelabs.com", "203.0.113.203",
    [E("5.0.0", "501", "syntaxerror")], cmd="MAIL FROM")
report("kerio-03.eml", "RFC3464", "Mail Delivery Subsystem <MAILER-DAEMON@kerio.example.com>",
       "Undelivered mail: " + SUBJ,
       "Your message did not reach some or all of the intended recipients.\n\n   Subject: " + SUBJ + "\n\n"
       "The following recipient(s) could not be reached:\n\npeer@example.org\n   Error Type: SMTP\n"
       "   Remote server replied: 552 5.2.2 <peer@example.org>: Mailbox full\n\n"
       "quinn@example.org\n   Error Type: SMTP\n   Remote server replied: 550 5.7.1 <quinn@example.org>: "
       "Recipient address rejected: Access denied\n\nKerio Connect 10.0.6 at kerio.example.com\n",
       "kerio.example.com",
       [rec("peer@example.org", "failed", "5.2.2", "552 5.2.2 <peer@example.org>: Mailbox full", "mx.example.org"),
        rec("quinn@example.org", "failed", "5.7.1",
            "550 5.7.1 <quinn@example.org>: Recipient address rejected: Access denied", "mx.example.org")],
       [E("5.2.2", "552", "mailboxfull"), E("5.7.1", "550", "filtered")], extra_per="\nX-Kerio-Version: 10.0.6")

# ==========================================================================
# 4. Successes and auto-replies
# ==========================================================================

n_s = nxt()
postfix("success-postfix-01.eml", MX, [("wim@example.org", "relayed", "2.0.0",
                                        "250 2.0.0 Ok: queued as 4bT1Xk2Qz9", "mx.example.org",
                                        "delivery via mx.example.org[198.51.100.20]:25: 250 2.0.0 Ok: queued as "
                                        "4bT1Xk2Qz9")],
        [E("2.0.0", "250", "delivered")])
report("success-exchange-01.eml", "RFC3464", "Microsoft Exchange <postmaster@corp.example.com>",
       "Relayed: " + SUBJ,
       "Delivery to these recipients or groups is complete, but no delivery notification was sent by the "
       "destination server:\n\nxenia@example.net (xenia@example.net)\n\nSubject: " + SUBJ + "\n",
       "EX01.corp.example.com",
       [rec("xenia@example.net", "relayed", "2.0.0", None, None, orig_rcpt=False)],
       [E("2.0.0", "", "delivered")])
plain("autoreply-de-01.eml", "RFC3834", "Yara Beispiel <yara@example.de>",
      "Automatische Antwort: " + SUBJ,
      "Vielen Dank für Ihre Nachricht. Ich bin bis zum 17.11.2025 nicht im Büro und habe keinen Zugriff auf meine "
      "E-Mails.\nIn dringenden Fällen wenden Sie sich bitte an office@example.de.\n\nMit freundlichen Grüßen\nYara Beispiel\n",
      [E("", "", "vacation")], extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                                      "In-Reply-To: <x1@example.com>"], rp="<yara@example.de>", enc="qp", cs="utf-8")
plain("autoreply-zimbra-01.eml", "RFC3834", "Zeno Example <zeno@example.org>", "Out of Office: " + SUBJ,
      "I am out of the office until November 12 with limited access to email.\n", [E("", "", "vacation")],
      extra=["Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk"], rp="<zeno@example.org>")
plain("autoreply-fr-01.eml", "RFC3834", "Zoé Exemple <zoe@example.fr>", "Réponse automatique : " + SUBJ,
      "Bonjour,\n\nJe suis absente jusqu'au 20 novembre. Pour toute urgence, contactez accueil@example.fr.\n\n"
      "Cordialement,\nZoé\n", [E("", "", "vacation")],
      extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes"], rp="<zoe@example.fr>", enc="base64", cs="utf-8")

write_set(OUT, SETS)
