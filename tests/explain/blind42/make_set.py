#!/usr/bin/env python3
"""make_set.py [OUTDIR]: write blind42, a batch of bounces of the reasons
whose wording varies most across mail systems: norelaying (relay access
denied, not permitted to relay, unable to relay, rcpthosts, 不允许转发),
rejected (the envelope sender refused: sender address rejected, domain of
sender does not resolve, sender verify failed, badmailfrom, envelope
blocked), hostunknown (no such domain, no MX, Host or domain name not
found, NXDOMAIN, null MX), systemerror and networkerror (loops, too many
hops, lost connections, DNS SERVFAIL, local configuration errors, 4xx
made final), filtered and blocked (the connecting IP vs the recipient's
filter), as Postfix, Exim, Sendmail, qmail, Exchange / Microsoft 365,
Gmail, Yahoo, MDaemon and the Chinese, Japanese and German notices carry
the replies of Zimbra, Coremail, Tencent, Alibaba, Barracuda, Proofpoint,
Mimecast, IronPort and others.  Deterministic; the builders are
blindreturned.py's (shared with blind41), with Yahoo, MDaemon, Japanese
and German notices added here."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from blindset import E, write_set  # noqa: E402
from blindreturned import *  # noqa: E402,F401,F403
from blindreturned import SETS  # noqa: E402

# ---------------------------------------------------------------- blind42's own builders

def L(rcpt, text, status, exp, dtype="X-Postfix"):
    """A Postfix recipient that failed without a remote reply (DNS, loops,
    lost connections): Postfix's own words, Diagnostic-Code X-Postfix."""
    return (rcpt, status, text, text, None, dtype, exp)


def sm(name, rcpts, subj, body, local=None):
    """Sendmail: rcpts (address, rhost or None, reply line, status, exp, command)."""
    i = nth()
    frm, host, q, text = sendmail_start(i, [(r[0], r[2]) for r in rcpts])
    for r in rcpts:
        if r[1]:
            cmd = r[5] if len(r) > 5 else "RCPT To:<%s>" % r[0]
            text += "... while talking to %s.:\n>>> %s\n<<< %s\n" % (r[1], cmd, r[2])
            text += "%s\n" % (r[2][:3] + " " + r[2][4:9] + " <%s>... %s" % (r[0], r[2][10:]))
        else:
            text += "%s\n" % r[2]
    recs = [rec(r[0], "failed", r[3], r[2], r[1], dtype="SMTP", last=date(i, 8)) for r in rcpts]
    o = orig(i, rcpts[0][0], subj, body, frm)
    sendmail_finish(name, i, frm, host, q, text, recs, o, local or "see transcript for details",
                    [r[4] for r in rcpts])


def qm(name, rcpt, what, exp, subj, body, final="This is a permanent error; I've given up. Sorry it didn't work out."):
    """qmail-send's notice with what under the address (qmail-remote's or qmail-local's words)."""
    i = nth()
    frm = SENDERS[i % len(SENDERS)]
    host = "mail.%s" % frm.split("@")[1]
    text = ("Hi. This is the qmail-send program at %s.\nI'm afraid I wasn't able to deliver your message to the "
            "following addresses.\n%s\n\n<%s>:\n%s\n\n--- Below this line is a copy of the message.\n\n") % (
        host, final, rcpt, what)
    h = hdrs("MAILER-DAEMON@%s" % host, "failure notice", date(i), "%d.%s.qmail@%s" % (1765200000 + i, qid(i), host),
             to=frm)
    o = orig(i, rcpt, subj, body, frm)
    add(name, "qmail", "\n".join(h) + "\n\n" + text + o[0] + "\n" + o[1], [exp])


def yahoo(name, rcpt, said, exp, subj, body):
    """Yahoo's notice (qmail-like, no DSN): the remote reply after 'Remote host said:'."""
    i = nth()
    frm = "k.ito%d@yahoo.com" % i
    text = ("Sorry, we were unable to deliver your message to the following address.\n\n<%s>:\n%s\n\n"
            "--- Below this line is a copy of the message.\n\n") % (rcpt, said)
    h = hdrs("MAILER-DAEMON@yahoo.com", "Failure Notice", date(i), "%d.%s@mta%d.mail.bf1.yahoo.com" % (
        1765300000 + i, qid(i).lower(), 1000 + i), to=frm)
    o = orig(i, rcpt, subj, body, frm)
    add(name, "Yahoo", "\n".join(h + ["Content-Type: text/plain; charset=us-ascii"]) + "\n\n" + text + o[0] + "\n"
        + o[1], [exp])


def mdaemon(name, rcpt, rhost, ip, reply, exp, subj, body, cmd=None):
    """MDaemon's 'Permanent Delivery Failure' notice with its session transcript."""
    i = nth()
    frm = SENDERS[i % len(SENDERS)]
    dom = frm.split("@")[1]
    ts = "Thu 2026-01-%02d 09:%02d:%02d.%03d" % (1 + i % 27, i % 60, (i * 7) % 60, (i * 37) % 1000)
    cmd = cmd or "RCPT To:<%s>" % rcpt
    tr = ["Parsing message <pd%d.msg>" % (5000 + i), "*  From: %s" % frm, "*  To: %s" % rcpt,
          "Attempting SMTP connection to [%s : 25]" % rhost,
          "Resolving A record for [%s] (DNS Server: 192.0.2.53)..." % rhost,
          "*  D=%s TTL=(60) A=[%s]" % (rhost, ip), "Attempting SMTP connection to [%s:25]" % ip,
          "Waiting for socket connection...", "*  Connection established (192.0.2.10:61234 -> %s:25)" % ip,
          "Waiting for protocol to start...", "<-- 220 %s ESMTP" % rhost, "--> EHLO mail.%s" % dom,
          "<-- 250-%s" % rhost, "<-- 250 8BITMIME"]
    if not cmd.startswith("MAIL"):
        tr += ["--> MAIL From:<%s> SIZE=4821" % frm, "<-- 250 2.1.0 Ok"]
    if cmd == "DATA":
        tr += ["--> RCPT To:<%s>" % rcpt, "<-- 250 2.1.5 Ok"]
    tr += ["--> %s" % cmd.replace("<x>", "<%s>" % frm), "<-- %s" % reply]
    text = ("The attached message had PERMANENT fatal delivery errors!\n\n"
            "After one or more unsuccessful delivery attempts the attached message has\n"
            "been removed from the mail queue on this server.  The number and frequency\n"
            "of delivery attempts are determined by local configuration parameters.\n\n"
            "YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n"
            "The following recipient(s) could not be reached:\n\n    %s\n\n"
            "--- Session Transcript ---\n" % rcpt) + "".join(" %s: %s\n" % (ts, t) for t in tr) + \
        "--- End Transcript ---\n"
    h = hdrs("Mail Delivery Subsystem <MDaemon@mail.%s>" % dom, "Permanent Delivery Failure", date(i),
             "MDAEMON-F%d.%s@mail.%s" % (202601000 + i, qid(i), dom), to=frm,
             extra=["X-MDaemon-Deliver-To: %s" % frm, "X-MDRcpt-To: %s" % frm, "X-Return-Path: <>",
                    "X-MDDSN-Message: Yes"])
    o = orig(i, rcpt, subj, body, frm)
    parts = [part("text/plain", text, "7bit", "us-ascii"), returned(o, "message")]
    add(name, "MDaemon", "\n".join(h) + "\n" + multipart("mixed", parts, "MD%s" % qid(i)), [exp])


def jp(name, rcpt, reply, exp, subj, body, cs="iso-2022-jp"):
    """A Japanese provider's own notice (no DSN): Japanese text, the remote
    reply, the original attached."""
    i = nth()
    frm = "tanaka%d@example.ne.jp" % i
    text = ("このメールは送信サーバーから自動的に送信されています。\n\n"
            "お客様が送信されたメールは、以下の宛先に配送できませんでした。\n\n"
            "宛先: %s\n"
            "エラー内容: %s\n\n"
            "宛先のメールアドレスをご確認の上、再度送信してください。\n") % (rcpt, reply)
    cte, t = ("7bit", text.encode("iso2022_jp").decode("ascii")) if cs == "iso-2022-jp" else ("base64", b64(text, cs))
    h = ["Return-Path: <>", "Date: %s" % date(i), "From: postmaster@mail.example.ne.jp",
         "To: %s" % frm, "Subject: =?ISO-2022-JP?B?%s?=" % b64("メール配送エラー".encode("iso2022_jp")).replace("\n", ""),
         "Message-ID: <%s.%d@mail.example.ne.jp>" % (qid(40 + i).lower(), i), "MIME-Version: 1.0"]
    tpart = "Content-Type: text/plain; charset=%s\nContent-Transfer-Encoding: %s\n\n%s\n" % (cs, cte, t)
    o = orig(i, rcpt, subj, body, frm)
    add(name, "JapaneseNotice", "\n".join(h) + "\n" + multipart("mixed", [tpart, returned(o, "message")],
                                                              "jp_%d_%s" % (i, qid(i))), [exp])


def exo_de(name, rcpt, gen, remote, diag, status, exp, subj, body):
    """Exchange on-premises in German: the NDR text, the DSN, the headers."""
    i = nth()
    frm = SENDERS[i % len(SENDERS)]
    text = ("Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:\n\n%s\n"
            "Ihre Nachricht konnte nicht übermittelt werden. Wenden Sie sich an den Empfänger oder an\n"
            "Ihren E-Mail-Administrator.\n\n\n\n\nDiagnoseinformationen für Administratoren:\n\n"
            "Generierender Server: %s\n\n%s\n%s\n%s\n\nOriginalnachrichtenkopf:\n\n") % (
        rcpt, gen, rcpt, remote or gen, diag)
    h = hdrs("Microsoft Exchange <postmaster@%s>" % frm.split("@")[1], "Unzustellbar: %s" % subj, date(i),
             "%s@%s" % (qid(i).lower(), gen.lower()), to=frm,
             extra=["Content-Language: de-DE", "X-MS-Exchange-Message-Is-Ndr:", "Auto-Submitted: auto-replied"])
    per = "Reporting-MTA: dns;%s\nReceived-From-MTA: dns;%s\nArrival-Date: %s" % (gen, gen, date(i, 4))
    r = rec(rcpt, "failed", status, diag.strip("#").strip(), remote)
    o = orig(i, rcpt, subj, body, frm)
    alt = multipart("alternative", [part("text/plain", text, "qp", "utf-8"),
                                    part("text/html", "<html><body><p>%s</p></body></html>" % text.split("\n")[0],
                                         "qp", "utf-8")], "alt%s" % qid(i), preamble="")
    parts = [alt, dsn(per, [r]), returned(o, "headers")]
    add(name, "Exchange", "\n".join(h) + "\n" + multipart("report", parts, "_000_%s_" % qid(i),
                                                          " report-type=delivery-status;"), [exp])


def exim_de(name, rcpt, lines, exp, subj, body):
    """Exim with a German notice text (a German hoster's template)."""
    intro = ("Diese Nachricht wurde automatisch vom Mailsystem erzeugt.\n\n"
             "Eine von Ihnen gesendete Nachricht konnte nicht an einen oder mehrere\n"
             "Empfänger zugestellt werden. Dies ist ein dauerhafter Fehler.\n"
             "Folgende Adresse(n) sind fehlgeschlagen:\n\n")
    exim(name, [(rcpt, lines, exp)], subj, body, intro=intro)


# ================================================================ the batch

INVOICE = "Hello,\n\nattached is invoice 2025-4471 for December.\n\nKind regards,\nAccounts\n"
MEET = "Hi,\n\ncan we move Thursday's meeting to 15:00? Agenda attached.\n\nThanks\n"
NEWS = "Our winter newsletter: new opening hours, a recipe and the team's photos.\n"
ORDER = "Your order #58213 has shipped. Track it at https://shop.example/track/58213\n"
ZH = "您好，附件是本月的报价单，请查收。\n"
JA = "お世話になっております。見積書を添付いたします。ご確認ください。\n"
DE = "Hallo,\n\nanbei die Unterlagen für das Treffen am Donnerstag.\n\nViele Grüße\n"


def norelaying():
    pf("pf-relay-access-denied", [P("ops@partner-co.example", "mx.partner-co.example", "198.51.100.31",
        "554 5.7.1 <ops@partner-co.example>: Relay access denied", "5.7.1",
        E("5.7.1", "554", "norelaying"))], "Invoice 2025-4471", INVOICE)
    pf("pf-plain-relay-access-denied", [P("sales@oldhost.example", "mail.oldhost.example", "198.51.100.32",
        "554 5.7.1 <sales@oldhost.example>: Relay access denied", "5.7.1",
        E("5.7.1", "554", "norelaying"))], "Order update", ORDER, plain=True)
    pf("pf-not-permitted-to-relay", [P("jo@branch.example", "smtp.branch.example", "198.51.100.33",
        "550 5.7.1 jo@branch.example is not permitted to relay through this server without authentication.",
        "5.7.1", E("5.7.1", "550", "norelaying"))], "Meeting", MEET)
    pf("pf-gsuite-mail-relay-denied", [P("client@far.example", "smtp-relay.gmail.com", "142.250.27.28",
        "550 5.7.0 Mail relay denied [192.0.2.44]. Invalid credentials for relay for one or more of the recipient "
        "addresses. Learn more at https://support.google.com/a/answer/6140680 d75a77b69052e-4a1b2c3d4esm12.12 - gsmtp",
        "5.7.0", E("5.7.0", "550", "norelaying"), cmd="MAIL FROM")], "Quarterly report", INVOICE)
    pf("pf-gmail-not-authorized-directly", [P("m.klein@gmail.com", "gmail-smtp-in.l.google.com", "142.250.102.27",
        "550-5.7.1 [192.0.2.45] The IP you're using to send mail is not authorized to 550-5.7.1 send email directly "
        "to our servers. Please use the SMTP relay at your 550-5.7.1 service provider instead. For more information, "
        "go to 550 5.7.1  https://support.google.com/mail/?p=NotAuthorizedError 5a3b2c1d.12 - gsmtp", "5.7.1",
        E("5.7.1", "550", "norelaying"))], "Newsletter", NEWS)
    exim("exim-relay-not-permitted", [X("pat@customer.example", "mx.customer.example", "198.51.100.35",
        ["550 relay not permitted"], E("5.0.909", "550", "norelaying"))], "Order update", ORDER)
    exim("exim-dsn-relaying-denied-auth", [X("lee@agency.example", "mail.agency.example", "198.51.100.36",
        ["550 5.7.1 <lee@agency.example>... Relaying denied. Proper authentication required."],
        E("5.7.1", "550", "norelaying"))], "Brief", MEET, with_dsn=True)
    sm("sm-relaying-denied", [("kim@labs.example", "mx.labs.example", "550 5.7.1 Relaying denied", "5.7.1",
        E("5.7.1", "550", "norelaying"))], "Lab results", INVOICE)
    qm("qm-rcpthosts", "dan@hosted.example",
       "198.51.100.38 does not like recipient.\nRemote host said: 553 sorry, that domain isn't in my list of allowed "
       "rcpthosts (#5.7.1)\nGiving up on 198.51.100.38.", E("5.7.1", "553", "norelaying"), "Hello", MEET)
    exo("exo-tenantattribution-relay", [("buyer@vendor.example", "5.7.64",
        "550 5.7.64 TenantAttribution; Relay Access Denied [SN1NAM02FT012.eop-nam02.prod.protection.outlook.com]",
        None, E("5.7.64", "550", "norelaying"))], "Purchase order 7781", INVOICE)
    exo("exo-onprem-unable-to-relay-for", [("tom@remote-firm.example", "5.7.1",
        "550 5.7.1 Unable to relay for tom@remote-firm.example", "mx.remote-firm.example",
        E("5.7.1", "550", "norelaying"))], "Contract draft", MEET, style="onprem")
    exo_de("exo-de-unable-to-relay", "info@kunde.example", "EXCH01.firma.local", "mx.kunde.example",
           "#550 5.7.1 Unable to relay ##", "5.7.1", E("5.7.1", "550", "securityerror"), "Angebot", DE)
    gmail("gm-remote-relay-access-denied", "it@smallbiz.example", "mail.smallbiz.example", "198.51.100.41",
          ["554 5.7.1 <it@smallbiz.example>: Relay access denied"], "5.7.1", E("5.7.1", "554", "norelaying"),
          "Hello", MEET)
    yahoo("yahoo-relaying-denied-forged", "ceo@startup-x.example",
          "Remote host said: 550 5.7.1 <ceo@startup-x.example>... Relaying denied. IP name possibly forged "
          "[98.136.96.77] [RCPT_TO]", E("5.7.1", "550", "norelaying"), "Pitch deck", MEET)
    mdaemon("mdaemon-we-do-not-relay", "sales@distrib.example", "mail.distrib.example", "198.51.100.43",
            "550 5.7.1 We do not relay non-local mail, sorry.", E("5.7.1", "550", "norelaying"), "Price list", INVOICE)
    cn("cn-ali-relay-zh", "ali", "ops@remote-cn.example",
       "553 5.7.1 不允许转发 (relay not permitted): ops@remote-cn.example", E("5.7.1", "553", "norelaying"), "报价单", ZH)
    jp("jp-relay-access-denied", "sato@remote.example.jp",
       "554 5.7.1 <sato@remote.example.jp>: Relay access denied (リレーは許可されていません)",
       E("5.7.1", "554", "norelaying"), "見積書", JA)


def rejected():
    pf("pf-sender-domain-not-found", [P("ana@retail.example", "mx.retail.example", "198.51.100.51",
        "550 5.1.8 <alerts@shop.example>: Sender address rejected: Domain not found", "5.1.8",
        E("5.1.8", "550", "rejected"))], "Order update", ORDER)
    pf("pf-zimbra-sender-not-logged-in", [P("hr@corp-z.example", "zimbra.corp-z.example", "198.51.100.52",
        "553 5.7.1 <maria@example.com>: Sender address rejected: not logged in", "5.7.1",
        E("5.7.1", "553", "rejected"), cmd="RCPT TO")], "Meeting", MEET)
    pf("pf-mimecast-envelope-blocked", [P("legal@lawfirm.example", "eu-smtp-inbound-1.mimecast.com", "91.220.42.231",
        "550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550 "
        "[aB3dE5fG7hI9jK1lM3nO5p.uk203]", "5.0.0", E("5.0.0", "550", "rejected"))], "Contract", INVOICE)
    pf("pf-gmx-invalid-mx-mailfrom", [P("user77@gmx.de", "mx00.emig.gmx.net", "212.227.15.9",
        "550-Requested action not taken: mailbox unavailable 550 invalid DNS MX or A/AAAA resource record",
        "5.0.0", E("5.0.0", "550", "rejected"), cmd="MAIL FROM")], "Anfrage", DE)
    pf("pf-ironport-domain-of-sender", [P("buyer@bigcorp.example", "esa1.bigcorp.iphmx.com", "68.232.140.31",
        "553 #5.1.8 Domain of sender address <it-desk@example.org> does not exist", "5.1.8",
        E("5.1.8", "553", "rejected"), cmd="MAIL FROM")], "IT notice", MEET)
    exim("exim-sender-verify-failed", [X("jan@verein.example", "mail.verein.example", "198.51.100.56",
        ["550-Verification failed for <newsletter@news.example.net>",
         "550-Previous (cached) callout verification failure", "550 Sender verify failed"],
        E("5.0.918", "550", "rejected"))], "Newsletter", NEWS)
    exim("exim-mailfrom-no-mx", [X("p.novak@firma.example", "mx.firma.example", "198.51.100.57",
        ["550 5.7.1 <it-desk@example.org>: Sender address rejected: Domain has no MX record"],
        E("5.7.1", "550", "rejected"), cmd="MAIL FROM:<it-desk@example.org> SIZE=4096")], "Update", MEET)
    sm("sm-domain-of-sender-not-exist", [("rita@client.example", "mx.client.example",
        "553 5.1.8 Domain of sender address alerts@shop.example does not exist", "5.1.8",
        E("5.1.8", "553", "rejected"), "MAIL From:<alerts@shop.example> SIZE=2048")], "Sale", ORDER)
    qm("qm-badmailfrom", "tina@isp-q.example",
       "Connected to 198.51.100.59 but sender was rejected.\nRemote host said: 553 sorry, your envelope sender is in "
       "my badmailfrom list (#5.7.1)\nGiving up on 198.51.100.59.", E("5.7.1", "553", "rejected"), "Offer", NEWS)
    exo("exo-bad-outbound-sender", [("partner@supplier.example", "5.1.8",
        "550 5.1.8 Access denied, bad outbound sender. AS(42004) [DM6PR11MB4321.namprd11.prod.outlook.com]", None,
        E("5.1.8", "550", "rejected"))], "Invoice", INVOICE)
    exo("exo-onprem-delivery-not-authorized", [("board@ngo.example", "5.7.1",
        "550 5.7.1 Delivery not authorized, message refused", "mx.ngo.example",
        E("5.7.1", "550", "rejected"))], "Minutes", MEET, style="onprem")
    gmail("gm-sender-not-valid-rfc5321", "anna@club.example", "mx.club.example", "198.51.100.62",
          ["553 5.1.7 The address <ops@startup> is not a valid RFC 5321 address."], "5.1.7",
          E("5.1.7", "553", "rejected"), "Club dues", INVOICE)
    gmail("gm-remote-sender-access-denied", "olga@shop-ru.example", "mx.shop-ru.example", "198.51.100.63",
          ["550 5.7.1 <k.tan@googlemail.com>: Sender address rejected: Access denied"], "5.7.1",
          E("5.7.1", "550", "rejected"), "Question", MEET)
    yahoo("yahoo-sender-address-rejected", "admin@school.example",
          "Remote host said: 550 5.7.1 <k.ito@yahoo.com>: Sender address rejected: Access denied [RCPT_TO]",
          E("5.7.1", "550", "rejected"), "Class trip", MEET)
    mdaemon("mdaemon-mailfrom-blocked-senders", "office@dental.example", "mail.dental.example", "198.51.100.65",
            "550 5.7.1 Sender address rejected: refused by the recipient's blocked senders list",
            E("5.7.1", "550", "rejected"), "Appointment", MEET, cmd="MAIL From:<x> SIZE=4821")
    cn("cn-ali-sender-does-not-resolve", "ali", "li.na@partner-cn.example",
       "553 5.1.8 Domain of sender address sales@corp.example.cn does not resolve / 发件人域名无法解析",
       E("5.1.8", "553", "rejected"), "合同", ZH)
    jp("jp-sender-domain-not-found", "yamada@torihiki.example.jp",
       "550 5.1.8 <tanaka@example.ne.jp>: Sender address rejected: Domain not found (送信者ドメインが見つかりません)",
       E("5.1.8", "550", "rejected"), "ご案内", JA)


def hostunknown():
    pf("pf-host-or-domain-not-found", [L("info@nodomain-xyz.example", "Host or domain name not found. Name service "
        "error for name=nodomain-xyz.example type=A: Host not found", "5.4.4", E("5.4.4", "", "hostunknown"))],
       "Hello", MEET)
    pf("pf-nullmx", [L("noreply@nullmx.example", "Domain nullmx.example does not accept mail (nullMX)", "5.1.10",
        E("5.1.10", "", "notaccept"))], "Reply", MEET)
    pf("pf-relayhost-recipient-domain-not-found", [P("bob@typo-domian.example", "smtp.isp.example", "198.51.100.73",
        "550 5.1.2 <bob@typo-domian.example>: Recipient address rejected: Domain not found", "5.1.2",
        E("5.1.2", "550", "hostunknown"))], "Photos", NEWS)
    pf("pf-gmail-submission-no-domain", [P("friend@gmial.example", "smtp.gmail.com", "142.250.27.109",
        "553 5.1.2 We weren't able to find the recipient domain. Please check for any spelling errors, and make sure "
        "you didn't enter any spaces, periods, or other punctuation after the recipient's email address. "
        "a1b2c3d4e5f6.12 - gsmtp", "5.1.2", E("5.1.2", "553", "hostunknown"))], "Trip", NEWS)
    exim("exim-unrouteable-address", [("x@no-such-host.example", ["Unrouteable address"],
        E("5.0.912", "", "hostunknown"))], "Order update", ORDER)
    exim("exim-mx-non-existent-hosts", [("y@broken-mx.example", ["all relevant MX records point to non-existent hosts"],
        E("5.0.912", "", "hostunknown"))], "Order update", ORDER)
    sm("sm-host-unknown-name-server", [("joe@nodomain-sm.example", None,
        "550 5.1.2 <joe@nodomain-sm.example>... Host unknown (Name server: nodomain-sm.example: host not found)",
        "5.1.2", E("5.1.2", "550", "hostunknown"))], "Hi", MEET,
       local="Host unknown (Name server: nodomain-sm.example: host not found)")
    qm("qm-couldnt-find-host", "amy@nodomain-qm.example",
       "Sorry, I couldn't find any host named nodomain-qm.example. (#5.1.2)", E("5.1.2", "", "hostunknown"),
       "Hi", MEET)
    yahoo("yahoo-no-mail-exchanger", "raj@dead-domain.example",
          "Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)", E("5.4.4", "", "notaccept"),
          "Hello", MEET)
    exo("exo-onprem-nonexistent-domain", [("ceo@gone-company.example", "5.4.4",
        "550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain", None,
        E("5.4.4", "550", "hostunknown"))], "Renewal", INVOICE, style="onprem")
    exo_de("exo-de-nonexistent-domain", "kontakt@alte-firma.example", "MBX02.firma.local", None,
           "#550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain ##", "5.4.4",
           E("5.4.4", "550", "hostunknown"), "Rechnung", DE)
    gmail("gm-dns-nxdomain", "hello@nxdomain-g.example", None, None,
          ["DNS Error: DNS type 'mx' lookup of nxdomain-g.example responded with code NXDOMAIN",
           "Domain name not found: nxdomain-g.example"], "5.1.2", E("5.1.2", "", "hostunknown"), "Hi", MEET,
          head="notfound")
    cn("cn-qq-domain-not-exist", "qq", "wang@nodomain-cn.example",
       "收件人域名不存在 (Domain not found): nodomain-cn.example", E("5.0.912", "", "hostunknown"), "你好", ZH)
    jp("jp-host-unknown", "kato@nodomain.example.jp",
       "Host unknown (Name server: nodomain.example.jp: host not found) 宛先ドメインが存在しません",
       E("5.0.912", "", "hostunknown"), "ご連絡", JA)


def systemerror():
    pf("pf-loops-back-to-myself", [L("admin@shop-partner.example", "mail for shop-partner.example loops back to myself",
        "5.4.6", E("5.4.6", "", "systemerror"))], "Stock", ORDER)
    pf("pf-temporary-local-problem-final", [P("team@agency-b.example", "mx.agency-b.example", "198.51.100.82",
        "451 4.3.0 Temporary local problem - please try later", "4.3.0", E("4.3.0", "451", "systemerror"),
        cmd="end of DATA")], "Brief", MEET)
    pf("pf-plain-temporary-local-problem", [P("desk@press.example", "mx.press.example", "198.51.100.83",
        "451 4.3.0 Temporary local problem - please try later", "4.3.0", E("4.3.0", "451", "systemerror"),
        cmd="end of DATA")], "Press release", NEWS, plain=True)
    sm("sm-config-error-loops-back", [("ops@buggy-mx.example", None,
        "554 5.3.5 mx.buggy-mx.example. config error: mail loops back to me (MX problem?)", "5.3.5",
        E("5.3.5", "554", "systemerror"))], "Hi", MEET,
       local="Local configuration error")
    qm("qm-not-in-control-locals", "post@misconfigured.example",
       "Sorry. Although I'm listed as a best-preference MX or A for that host,\nit isn't in my control/locals file, so "
       "I don't treat it as local. (#5.4.6)", E("5.4.6", "", "networkerror"), "Hello", MEET)
    exo("exo-system-incorrectly-configured", [("desk@tenant-x.example", "5.3.5",
        "550 5.3.5 System incorrectly configured", "mx.tenant-x.example",
        E("5.3.5", "550", "systemerror"))], "Ticket 4412", MEET)
    mdaemon("mdaemon-local-configuration-error", "mail@clinic.example", "mx.clinic.example", "198.51.100.87",
            "451 4.3.0 Local configuration error, please try again later", E("4.3.0", "451", "systemerror"),
            "Results", INVOICE)
    exim("exim-received-headers-loop", [("loop@forwarder.example", ["Too many \"Received\" headers - suspected mail loop"],
        E("5.0.960", "", "contenterror"))], "Forward", MEET)
    exim_de("exim-de-local-delivery-failed", "kasse@verein-de.example", ["local delivery failed"],
            E("5.0.930", "", "systemerror"), "Beitrag", DE)


def networkerror():
    pf("pf-dns-servfail-delay", [L("sales@flaky-dns.example", "Host or domain name not found. Name service error for "
        "name=flaky-dns.example type=MX: Host not found, try again", "4.4.3", E("4.4.3", "", "networkerror"))],
       "Offer", NEWS, delay=True)
    pf("pf-malformed-dns-reply-delay", [L("info@bad-dns.example", "Host or domain name not found. Name service error "
        "for name=bad-dns.example type=MX: Malformed or unexpected name server reply", "4.4.3",
        E("4.4.3", "", "networkerror"))], "Offer", NEWS, delay=True)
    pf("pf-lost-connection-greeting", [L("ceo@slow-mx.example", "delivery temporarily suspended: lost connection with "
        "mx.slow-mx.example[198.51.100.93] while receiving the initial server greeting", "4.4.2",
        E("4.4.2", "", "networkerror"))], "Proposal", INVOICE)
    pf("pf-forwarding-loop", [L("alias@loopy.example", "mail forwarding loop for alias@loopy.example", "5.4.6",
        E("5.4.6", "", "networkerror"))], "Hello", MEET)
    sm("sm-too-many-hops", [("list@mlm.example", None,
        "554 5.4.6 Too many hops 26 (25 max): from <maria@example.com> via mail.example.com, to <list@mlm.example>",
        "5.4.6", E("5.4.6", "554", "networkerror"))], "Digest", NEWS, local="Too many hops")
    exo("exo-hop-count-exceeded", [("shared@tenant-loop.example", "5.4.14",
        "554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [AS8PR07MB7654.eurprd07.prod.outlook.com]", None,
        E("5.4.14", "554", "networkerror"))], "Weekly", NEWS)
    exo_de("exo-de-hop-count", "zentrale@schleife.example", "EXCH01.firma.local", None,
           "#554 5.4.6 Hop count exceeded - possible mail loop ##", "5.4.6", E("5.4.6", "554", "networkerror"),
           "Protokoll", DE)
    gmail("gm-dns-servfail-delay", "team@servfail-g.example", None, None,
          ["DNS Error: DNS type 'mx' lookup of servfail-g.example responded with code SERVFAIL"], "4.4.3",
          E("4.4.3", "", "systemerror"), "Agenda", MEET, head="delay")
    gmail("gm-connect-timed-out", "hr@timeout-g.example", "mx.timeout-g.example", "198.51.100.98",
          ["The recipient server did not accept our requests to connect. Learn more at "
           "https://support.google.com/mail/answer/7720", "[mx.timeout-g.example. 198.51.100.98: timed out]"],
          "4.4.1", E("4.4.1", "", "expired"), "Application", MEET)
    qm("qm-no-smtp-connection-queue-too-long", "box@unreachable.example",
       "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)\nI'm not going to try again; this message has "
       "been in the queue too long.", E("4.4.1", "", "networkerror"), "Hello", MEET)
    cn("cn-ali-connection-lost", "ali", "zhao@unstable-cn.example",
       "421 4.4.2 Connection lost: Connection reset by peer (连接中断)", E("4.4.2", "421", "blocked"), "通知", ZH)
    jp("jp-dns-servfail", "ito@servfail.example.jp",
       "Host or domain name not found. Name service error for name=servfail.example.jp type=MX: Host not found, "
       "try again (DNSサーバーの応答がありません)", E("5.0.944", "", "networkerror"), "ご案内", JA)


def blocked_filtered():
    pf("pf-spamhaus-client-blocked", [P("info@museum.example", "mx.museum.example", "198.51.100.101",
        "554 5.7.1 Service unavailable; Client host [192.0.2.71] blocked using zen.spamhaus.org; "
        "https://www.spamhaus.org/query/ip/192.0.2.71", "5.7.1", E("5.7.1", "554", "blocked"))], "Tickets", NEWS)
    pf("pf-barracuda-reputation", [P("cfo@manufact.example", "mx1.manufact.ess.barracudanetworks.com", "209.222.82.252",
        "554 5.7.1 Service unavailable; Client host [192.0.2.73] blocked using Barracuda Reputation; "
        "http://www.barracudanetworks.com/reputation/?pr=1&ip=192.0.2.73", "5.7.1", E("5.7.1", "554", "blocked"))],
       "Invoice", INVOICE)
    pf("pf-proofpoint-refused-to-talk", [("buyer@retailer.example", "5.0.0",
        "host mx0a-00123401.pphosted.com[148.163.150.11] refused to talk to me: 554 Blocked - see "
        "https://ipcheck.proofpoint.com/?ip=192.0.2.74", "554 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.74",
        "mx0a-00123401.pphosted.com", "smtp", E("5.0.0", "554", "blocked"))], "Catalogue", NEWS)
    pf("pf-ironport-access-rejected", [P("sec@bank.example", "esa2.bank.iphmx.com", "68.232.140.32",
        "550 #5.7.1 Your access to submit messages to this e-mail system has been rejected.", "5.7.1",
        E("5.7.1", "550", "rejected"))], "Statement", INVOICE)
    pf("pf-barracuda-recipient-blocked", [P("kim@school-b.example", "mx.school-b.example", "198.51.100.105",
        "550 permanent failure for one or more recipients (kim@school-b.example:blocked)", "5.0.0",
        E("5.0.0", "550", "blocked"), cmd="end of DATA")], "Newsletter", NEWS)
    exo("exo-banned-sending-ip", [("contact@retail-o.example", "5.7.606",
        "550 5.7.606 Access denied, banned sending IP [192.0.2.72]. To request removal from this list please visit "
        "https://sender.office.com/ and follow the directions. For more information please go to "
        "http://go.microsoft.com/fwlink/?LinkID=526653 AS(1430) [BN8NAM11FT012.eop-nam11.prod.protection.outlook.com]",
        "retailo-example.mail.protection.outlook.com", E("5.7.606", "550", "blocked"))], "Offer", NEWS)
    exo("exo-onprem-notauthorized-group", [("allstaff@bigorg.example", "5.7.1",
        "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized", None, E("5.7.1", "550", "rejected"))],
        "Announcement", NEWS, style="onprem")
    exo_de("exo-de-spamhaus-blocked", "einkauf@handel.example", "EXCH02.firma.local",
           "handel-example.mail.protection.outlook.com",
           "#550 5.7.1 Service unavailable, Client host [192.0.2.80] blocked using Spamhaus. To request removal from "
           "this list see https://www.spamhaus.org/query/ip/192.0.2.80 (AS3130) "
           "[VI1EUR03FT021.eop-EUR03.prod.protection.outlook.com] ##", "5.7.1", E("5.7.1", "550", "blocked"),
           "Bestellung", DE)
    sm("sm-spamcop-listed", [("ed@univ.example", "mx.univ.example", "550 5.7.1 Rejected: 192.0.2.76 listed at "
        "bl.spamcop.net", "5.7.1", E("5.7.1", "550", "blocked"))], "Paper", MEET)
    sm("sm-user-reject-after-data", [("rob@home-isp.example", "mx.home-isp.example",
        "550 5.7.1 User reject: mail from your address is refused by the recipient", "5.7.1",
        E("5.7.1", "550", "filtered"), "DATA")], "Hello", MEET)
    exim("exim-helo-not-fqdn", [X("x.chen@uni-x.example", "mx.uni-x.example", "198.51.100.110",
        ["550 5.7.1 <localhost>: Helo command rejected: need fully-qualified hostname"],
        E("5.7.1", "550", "blocked"), cmd="EHLO localhost")], "Paper", MEET)
    exim("exim-recipient-filter-rules", [X("mila@family.example", "mx.family.example", "198.51.100.111",
        ["550 5.7.1 Message rejected by recipient: this mailbox accepts mail only from its contacts"],
        E("5.7.1", "550", "securityerror"), cmd="end of data")], "Photos", NEWS)
    gmail("gm-remote-spamcop", "owner@b-and-b.example", "mx.b-and-b.example", "198.51.100.112",
          ["554 5.7.1 Service unavailable; Client host [209.85.220.41] blocked using bl.spamcop.net"], "5.7.1",
          E("5.7.1", "554", "blocked"), "Booking", MEET, head="blocked")
    cn("cn-qq-rejected-by-recipient", "qq", "88001234@qq.com",
       "550 Mail is rejected by recipients. 收件人拒收了您的邮件。 "
       "http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726",
       E("5.0.910", "550", "filtered"), "你好", ZH)
    cn("cn-163-ip-blacklisted", "163", "chen_hao@163.com",
       "554 IP 192.0.2.78 is in blacklist (您的IP在黑名单中), please contact the administrator",
       E("5.0.971", "554", "blocked"), "报价", ZH)
    jp("jp-ip-blacklist", "suzuki@torihiki2.example.jp",
       "554 5.7.1 Connection refused: 192.0.2.79 is listed in our blacklist (接続元IPアドレスがブラックリストに登録されています)",
       E("5.7.1", "554", "blocked"), "ご確認", JA)
    mdaemon("mdaemon-content-filter", "service@garage.example", "mail.garage.example", "198.51.100.116",
            "550 5.7.1 Message refused due to recipient preferences", E("5.7.1", "550", "filtered"), "Quote",
            INVOICE, cmd="DATA")


def multi():
    pf("pf-multi-relay-unknown", [
        P("a.ruiz@client-m.example", "mx.client-m.example", "198.51.100.121",
          "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain", "5.7.54",
          E("5.7.54", "550", "norelaying")),
        P("b.ruiz@client-m.example", "mx.client-m.example", "198.51.100.121",
          "550 5.1.1 <b.ruiz@client-m.example>: Recipient address rejected: User unknown in virtual alias table",
          "5.1.1", E("5.1.1", "550", "userunknown"))], "Team update", MEET)
    exim("exim-multi-unrouteable-relay", [
        ("c@gone-domain.example", ["Unrouteable address"], E("5.0.912", "", "hostunknown")),
        X("d@relay-closed.example", "mx.relay-closed.example", "198.51.100.122", ["550 relay not permitted"],
          E("5.0.909", "550", "norelaying"))], "Invite", MEET)
    pf("pf-multi-sender-host", [
        P("e@strict.example", "mx.strict.example", "198.51.100.123",
          "450 4.1.8 <maria@example.com>: Sender address rejected: Domain not found", "4.1.8",
          E("4.1.8", "450", "rejected")),
        L("f@nx-multi.example", "Host or domain name not found. Name service error for name=nx-multi.example type=A: "
          "Host not found", "5.4.4", E("5.4.4", "", "hostunknown"))], "Notice", NEWS)
    exo("exo-multi-banned-relay", [
        ("g@corp-g.example", "5.7.606", "550 5.7.606 Access denied, banned sending IP [192.0.2.90]. AS(1430)", None,
         E("5.7.606", "550", "blocked")),
        ("h@corp-h.example", "5.7.64", "550 5.7.64 TenantAttribution; Relay Access Denied", None,
         E("5.7.64", "550", "norelaying"))], "Quarterly", NEWS)


def main():
    norelaying()
    rejected()
    hostunknown()
    systemerror()
    networkerror()
    blocked_filtered()
    multi()
    write_set(sys.argv[1] if len(sys.argv) > 1 else HERE, SETS)


if __name__ == "__main__":
    main()
