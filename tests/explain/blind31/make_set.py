#!/usr/bin/env python3
"""make_set.py: writes blind31 (emails/*.eml and labels.jsonl): multi-line
SMTP replies and diagnostics split across lines (Gmail / Workspace
"550-5.7.1" continuation lines, Microsoft's long 5.7.x replies, Yahoo,
AOL, Mimecast, Proofpoint, Barracuda, GMX / web.de multi-line refusals,
folded Diagnostic-Code fields with and without "smtp;", Postfix "said:"
paragraphs wrapped at 72 to 78 columns, Exim's "SMTP error from remote
mail server" blocks, Exchange's "Remote Server returned" lines, Sendmail
transcripts), in the report formats of Postfix, Exim, Exchange, Gmail,
Sendmail, qmail and plain RFC 3464 reporters (see README.md).  The
builders are blindmta.py's (shared with blind30), in their multi-line
forms.  Deterministic.  Usage: make_set.py [OUTDIR]."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from blindset import E, dsn, fold, hdrs, rec, write_set  # noqa: E402
from blindmta import (FORMS, GM, GMIP, IP, SETS, SUBJECTS, add, date, dfold, enh, exim, exo,  # noqa: E402
                      gmail, gsig, join, mime_for, nth, pf, qid, sendmail)

FORMS["multiline"] = True  # this batch's replies are written on several lines


def ml(code, st, text, width=66):
    """A multi-line SMTP reply as the server sends it: text wrapped at
    width, each line but the last "CODE-ST ", the last "CODE ST " (st
    None: no enhanced code)."""
    words, lines, line = text.split(" "), [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = (line + " " + w) if line else w
    lines.append(line)
    pre = "%s-%s " % (code, st) if st else "%s-" % code
    last = "%s %s " % (code, st) if st else "%s " % code
    return [pre + l for l in lines[:-1]] + [last + lines[-1]]


# --------------------------------------------------------------------------
# Exchange 2007 / 2010: "Remote Server returned '...'" and the "#< #5.0.0
# smtp; ...> #SMTP#" form, the reply on one line that the NDR's text
# wraps, with a DSN whose Status is 5.0.0 and whose Diagnostic-Code is
# folded
# --------------------------------------------------------------------------

def exch07(name, rcpt, rhost, reply, exp, form="returned"):
    i = nth()
    m, snd = mime_for(i)
    user = rcpt.split("@")[0]
    gen = ["EXCH07.corp.example.local", "CAS-HUB1.ad.example.org", "EX2010.example.net"][i % 3]
    reply = join(reply)
    if form == "returned":
        text = ("Your message did not reach some or all of the intended recipients.\n\n"
                "      Subject:\t%s\n      Sent:\t11/%02d/2025 10:%02d AM\n\n"
                "The following recipient(s) cannot be reached:\n\n      %s on 11/%02d/2025 10:%02d AM\n"
                "%s\n") % (SUBJECTS[i % 10], 1 + i % 27, i % 60, rcpt, 1 + i % 27, (i + 3) % 60,
                           "            " + fold("Remote Server returned '%s'" % reply, 66, "            "))
    else:
        text = ("Delivery has failed to these recipients or distribution lists:\n\n%s\n"
                "The recipient's e-mail system rejected your message. Please check the address or\n"
                "contact the recipient directly.\n\n\n\n\n\n_____\nSent by Microsoft Exchange Server 2007\n\n\n\n\n"
                "Diagnostic information for administrators:\n\nGenerating server: %s\n\n%s\n%s\n\n"
                "Original message headers:\n\n") % (
            rcpt, gen, rcpt, fold("%s #< #5.0.0 smtp; %s> #SMTP#" % (rhost, reply), 78, ""))
    frm = "System Administrator <postmaster@%s>" % snd.split("@")[1]
    h = hdrs(frm, "Undeliverable: %s" % SUBJECTS[i % 10], date(i), "%s@%s" % (qid(i).lower(), gen.lower()), to=snd,
             extra=["Content-Language: en-US", "X-MS-Exchange-Message-Is-Ndr:", "Thread-Topic: %s" % SUBJECTS[i % 10]])
    per = "Reporting-MTA: dns;%s\nReceived-From-MTA: dns;%s\nArrival-Date: %s" % (
        gen, "ws%d.corp.example.local" % (10 + i % 7), date(i, 4))
    r = rec(rcpt, "failed", "5.0.0", dfold(reply), rhost, extra=["X-Display-Name: %s" % user.title()])
    parts = [m.part("text/plain", text, "qp", "us-ascii"), dsn(per, [r]),
             m.returned(rcpt, SUBJECTS[i % 10], date(i, 4), "%s@%s" % (qid(i + 1).lower(), snd.split("@")[1]),
                        "headers")]
    body = m.multipart("report", parts, "_000_%s%s_" % (qid(i), qid(i + 3)), params=" report-type=delivery-status;")
    add(name, "Exchange2007", "\n".join(h) + "\n" + body, exp)


# --------------------------------------------------------------------------
# Other RFC 3464 reporters (Kerio, MDaemon, IceWarp, Zimbra, Courier,
# appliances): a short text and a DSN whose Diagnostic-Code is folded,
# with "smtp;" or without a type
# --------------------------------------------------------------------------

RFC_TEXT = [
    ("kerio.example.net", "This is a delivery status notification from kerio.example.net, running Kerio Connect.\n\n"
     "Unable to deliver message to the following recipients, due to being unable to connect successfully to the "
     "destination mail server.\n\n%s\n"),
    ("mdaemon.example.org", "The attached message had PERMANENT fatal delivery errors!\n\n"
     "After one or more unsuccessful delivery attempts the attached message has been removed from the mail queue "
     "on this server.  The number and frequency of delivery attempts are determined by local configuration "
     "parameters.\n\nYOU SHOULD NOT RESEND THIS MESSAGE!\n\n%s\n"),
    ("icewarp.example.com", "Delivery has failed to the following recipient(s):\n\n%s\n\n"
     "The remote server rejected the message. See the attached delivery report.\n"),
    ("courier.example.jp", "This is a delivery status notification from courier.example.jp,\n"
     "running the Courier mail server, version 1.1.\n\nThe original message was received on %s\n\n"
     "---------------------------------------------------------------------------\n\n"
     "                           UNDELIVERABLE MAIL\n\n"
     "Your message to the following recipients cannot be delivered:\n\n%s\n"),
]


def rfc(name, rcpt, rhost, reply, exp, status=None, dtype="smtp", form=0, width=78):
    i = nth()
    m, snd = mime_for(i)
    host, tmpl = RFC_TEXT[form]
    reply = join(reply)
    st = status or enh(reply)
    shown = "<%s>:\n    %s\n" % (rcpt, fold(reply, 72, "    "))
    text = tmpl % ((date(i, 9), shown) if "%s\n\n---" in tmpl or tmpl.count("%s") == 2 else (shown,))
    per = "Reporting-MTA: dns; %s\nArrival-Date: %s" % (host, date(i, 9))
    diag = dfold(reply, width, len("Diagnostic-Code: %s" % ("%s; " % dtype if dtype else "")))
    ls = ["Final-Recipient: rfc822; %s" % rcpt, "Action: failed", "Status: %s" % st, "Remote-MTA: dns; %s" % rhost,
          "Diagnostic-Code: %s%s" % ("%s; " % dtype if dtype else "", diag)]
    h = hdrs("Mail Delivery Subsystem <postmaster@%s>" % host, "Delivery Status Notification (Failure)", date(i),
             "dsn.%s@%s" % (qid(i).lower(), host), to=snd, extra=["Auto-Submitted: auto-replied"])
    parts = [m.part("text/plain", text), dsn(per, ["\n".join(ls)]),
             m.returned(rcpt, SUBJECTS[i % 10], date(i, 9), "%s@%s" % (qid(i).lower(), snd.split("@")[1]), "headers")]
    body = m.multipart("report", parts, "=_dsn_%s" % qid(i), params=" report-type=delivery-status;")
    add(name, "RFC3464", "\n".join(h) + "\n" + body, exp)


WS = "aspmx.l.google.com"


def msig(i):
    return "[%s.%s.prod.outlook.com 2025-12-%02dT%02d:%02d:11.%03dZ 08DE%sA1]" % (
        ["AM4PEPF00027A5F", "BN1PEPF00004681", "DB1PEPF000509F8", "SN1PEPF0002BA4E", "PH7PR12MB5902"][i % 5],
        ["eurprd04", "namprd05", "eurprd03", "namprd02", "namprd12"][i % 5], 1 + i % 27, i % 24, (i * 7) % 60,
        (i * 37) % 1000, qid(i)[:6])


# Gmail's replies (the text after "CODE-ST "), as Gmail words them
G_UNSOL = ("[%s 15] Our system has detected that this message is likely unsolicited mail. To reduce the amount of "
           "spam sent to Gmail, this message has been blocked. For more information, go to "
           "https://support.google.com/mail/?p=UnsolicitedMessageError")
G_NOSUCH = ("The email account that you tried to reach does not exist. Please try double-checking the recipient's "
            "email address for typos or unnecessary spaces. For more information, go to "
            "https://support.google.com/mail/?p=NoSuchUser")
G_DISABLED = ("The email account that you tried to reach is disabled. For more information, go to "
              "https://support.google.com/mail/?p=DisabledUser")
G_QPERM = ("The recipient's inbox is out of storage space and inactive. Please direct the recipient to "
           "https://support.google.com/mail/?p=OverQuotaPerm")
G_QTEMP = ("The recipient's inbox is out of storage space. Please direct the recipient to "
           "https://support.google.com/mail/?p=OverQuotaTemp")
G_UNAUTH = ("This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to "
            "authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF [%s] with ip: "
            "[%s] = did not pass For instructions on setting up authentication, go to "
            "https://support.google.com/mail/answer/81126#authentication")
G_DMARC = ("Unauthenticated email from %s is not accepted due to domain's DMARC policy. Please contact the "
           "administrator of %s domain if this was a legitimate mail. To learn about the DMARC initiative, go to "
           "https://support.google.com/mail/?p=DmarcRejection")
G_PTR = ("The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS "
         "entry does not point to the sending IP. As a policy, Gmail does not accept messages from IPs with missing "
         "PTR records. For more information, go to https://support.google.com/mail/answer/81126#ip-practices")
G_POLICY = ("The user or domain that you are sending to (or from) has a policy that prohibited the mail that you "
            "sent. Please contact your domain administrator for further details. For more information, go to "
            "https://support.google.com/a/answer/172179")
G_SECURITY = ("This message was blocked because its content presents a potential security issue. Please visit "
              "https://support.google.com/mail/?p=BlockedMessage to review our message content and attachment "
              "content guidelines.")
G_RFC = ("[%s] Our system has detected that this message is not RFC 5322 compliant: %s To reduce the amount of "
         "spam sent to Gmail, this message has been blocked. Please visit "
         "https://support.google.com/mail/?p=RfcMessageNonCompliant and review RFC 5322 specifications for more "
         "information.")
G_LOWREP = ("[%s] Our system has detected that this message is likely suspicious due to the very low reputation of "
            "the sending domain. To best protect our users from spam, the message has been blocked. For more "
            "information, go to https://support.google.com/mail/answer/188131")
G_RATE = ("[%s 15] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To "
          "protect our users from spam, mail sent from your IP address has been temporarily rate limited. For more "
          "information, go to https://support.google.com/mail/?p=UnsolicitedRateLimitError")
G_RL26 = ("This mail has been rate limited because it is unauthenticated. Gmail requires all senders to authenticate "
          "with either SPF or DKIM. For instructions on setting up authentication, go to "
          "https://support.google.com/mail/answer/81126#authentication")
G_SIZE = ("Your message exceeded Google's message size limits. For more information, go to "
          "https://support.google.com/mail/?p=MaxSizeError")
G_DIRECT = ("[%s] The IP you're using to send mail is not authorized to send email directly to our servers. Please "
            "use the SMTP relay at your service provider instead. For more information, go to "
            "https://support.google.com/mail/?p=NotAuthorizedError")
G_RCPTRATE = ("The user you are trying to contact is receiving mail at a rate that prevents additional messages from "
              "being delivered. Please resend your message at a later point. If the user is able to receive mail at "
              "that time, your message will be delivered. For more information, go to "
              "https://support.google.com/mail/?p=ReceivingRate")
G_UNAUTH_OLD = ("This message does not have authentication information or fails to pass authentication checks (SPF "
                "or DKIM). To best protect our users from spam, the message has been blocked. Please visit "
                "https://support.google.com/mail/answer/81126#authentication for more information.")
G_TRYLATER = "Try again later, closing connection. (MAIL)"


def g(code, st, text, i, width=66):
    """Gmail's multi-line reply with its signature on the last line."""
    return ml(code, st, text + " " + gsig(i), width)


def items():
    # ---- Gmail and Google Workspace multi-line replies, Postfix ---------
    pf("pf-gmail-unsol-01", "alicia.m@gmail.com", GM, GMIP, g("550", "5.7.1", G_UNSOL % "198.51.100.14", 1),
       [E("5.7.1", "550", "spamdetected")], cmd="end of DATA")
    pf("pf-gmail-nosuch-02", "no.such.person.x@gmail.com", GM, GMIP, g("550", "5.1.1", G_NOSUCH, 2, 60),
       [E("5.1.1", "550", "userunknown")], width=72)
    pf("pf-gmail-disabled-03", "old.account.2009@gmail.com", GM, GMIP, g("550", "5.2.1", G_DISABLED, 3, 58),
       [E("5.2.1", "550", "suspend")], width=78)
    pf("pf-gmail-qperm-04", "t.nakamura@gmail.com", GM, GMIP, g("552", "5.2.2", G_QPERM, 4, 62),
       [E("5.2.2", "552", "mailboxfull")], width=74, dsnfold=True)
    pf("pf-gmail-qtemp-05", "rosa.b@gmail.com", GM, GMIP, g("452", "4.2.2", G_QTEMP, 5, 64),
       [E("4.2.2", "452", "mailboxfull")], delay=True, width=72)
    pf("pf-gmail-unauth-06", "hr@workspace-client.example", WS, "142.250.153.27",
       g("550", "5.7.26", G_UNAUTH % ("letters.example.net", "198.51.100.61"), 6, 70),
       [E("5.7.26", "550", "authfailure")], cmd="end of DATA", width=76)
    pf("pf-gmail-dmarc-07", "accounts@gmail.com", GM, GMIP,
       g("550", "5.7.26", G_DMARC % ("example.org", "example.org"), 7, 66),
       [E("5.7.26", "550", "authfailure")], cmd="end of DATA", width=73, dsnfold=True)
    pf("pf-gmail-ptr-08", "ji.woo@gmail.com", GM, GMIP, g("550", "5.7.25", G_PTR, 8, 68),
       [E("5.7.25", "550", "requireptr")], cmd="MAIL FROM", width=75)
    pf("pf-workspace-policy-09", "cfo@finance-partner.example", WS, "142.250.153.26",
       g("550", "5.7.1", G_POLICY, 9, 64), [E("5.7.1", "550", "policyviolation")], cmd="end of DATA", width=72)
    pf("pf-gmail-security-10", "design.team@gmail.com", GM, GMIP, g("552", "5.7.0", G_SECURITY, 10, 66),
       [E("5.7.0", "552", "policyviolation")], cmd="end of DATA", width=77)
    pf("pf-gmail-rfc-11", "newsletter.fan@gmail.com", GM, GMIP,
       g("550", "5.7.1", G_RFC % ("198.51.100.33", "'From' header is missing."), 11, 62),
       [E("5.7.1", "550", "notcompliantrfc")], cmd="end of DATA", width=72)
    pf("pf-gmail-lowrep-12", "p.jansen@gmail.com", GM, GMIP, g("550", "5.7.1", G_LOWREP % "198.51.100.90", 12, 66),
       [E("5.7.1", "550", "badreputation")], cmd="end of DATA", width=78, dsnfold=True)
    pf("pf-gmail-rate-13", "lucas.f@gmail.com", GM, GMIP, g("421", "4.7.0", G_RATE % "198.51.100.91", 13, 64),
       [E("4.7.0", "421", "blocked")], cmd="end of DATA", delay=True, width=74)
    pf("pf-gmail-rl26-14", "members@workspace-club.example", WS, "142.250.153.27", g("421", "4.7.26", G_RL26, 14, 68),
       [E("4.7.26", "421", "speeding")], cmd="end of DATA", delay=True, width=76)
    pf("pf-gmail-size-15", "archive.box@gmail.com", GM, GMIP, g("552", "5.3.4", G_SIZE, 15, 56),
       [E("5.3.4", "552", "mesgtoobig")], cmd="end of DATA", width=72)
    pf("pf-gmail-direct-16", "events.team@gmail.com", GM, GMIP, g("550", "5.7.1", G_DIRECT % "198.51.100.7", 16, 70),
       [E("5.7.1", "550", "blocked")], cmd="MAIL FROM", width=78)
    pf("pf-gmail-unauthold-17", "kasia.w@gmail.com", GM, GMIP, g("550", "5.7.1", G_UNAUTH_OLD, 17, 66),
       [E("5.7.1", "550", "authfailure")], cmd="end of DATA", width=73)
    pf("pf-gmail-rfc-msgid-18", "jorge.p@gmail.com", GM, GMIP,
       g("550", "5.7.1", G_RFC % ("198.51.100.34", "'Message-ID' header is missing."), 18, 60),
       [E("5.7.1", "550", "notcompliantrfc")], cmd="end of DATA", width=76, dsnfold=True)
    pf("pf-gmail-trylater-19", "amir.k@gmail.com", GM, GMIP, "421 4.7.0 %s %s" % (G_TRYLATER, gsig(19)),
       [E("4.7.0", "421", "blocked")], cmd="MAIL FROM", delay=True)
    pf("pf-plain-gmail-nosuch-20", "mike.zzz.1987@gmail.com", GM, GMIP, g("550", "5.1.1", G_NOSUCH, 20, 64),
       [E("5.1.1", "550", "userunknown")], plain=True, width=72)
    pf("pf-plain-gmail-unsol-21", "hana.y@gmail.com", GM, GMIP, g("550", "5.7.1", G_UNSOL % "198.51.100.15", 21, 62),
       [E("5.7.1", "550", "spamdetected")], cmd="end of DATA", plain=True, width=78)

    # ---- the same replies reported by Exim (one line per reply line) -----
    exim("exim-gmail-unauth-22", "sales.lead@gmail.com", GM, GMIP,
         g("550", "5.7.26", G_UNAUTH % ("example.org", "198.51.100.62"), 22, 64),
         [E("5.7.26", "550", "authfailure")], cmd="end of data")
    exim("exim-gmail-nosuch-23", "typo.addres@gmail.com", GM, GMIP, g("550", "5.1.1", G_NOSUCH, 23, 66),
         [E("5.1.1", "550", "userunknown")], with_dsn=True)
    exim("exim-gmail-unsol-24", "bernd.k@gmail.com", GM, GMIP, g("550", "5.7.1", G_UNSOL % "198.51.100.16", 24, 60),
         [E("5.7.1", "550", "spamdetected")], cmd="end of data", with_dsn=True)
    exim("exim-gmail-qperm-25", "grandpa.j@gmail.com", GM, GMIP, g("552", "5.2.2", G_QPERM, 25, 64),
         [E("5.2.2", "552", "mailboxfull")])
    exim("exim-gmail-rate-26", "club.news@gmail.com", GM, GMIP, g("421", "4.7.0", G_RATE % "198.51.100.92", 26, 66),
         [E("4.7.0", "421", "blocked")], cmd="end of data", delay=True)
    exim("exim-gmail-ptr-27", "owner.b@gmail.com", GM, GMIP, g("550", "5.7.25", G_PTR, 27, 62),
         [E("5.7.25", "550", "requireptr")], cmd="MAIL FROM")
    exim("exim-workspace-dmarc-28", "info@school-district.example", WS, "142.250.153.26",
         g("550", "5.7.26", G_DMARC % ("shop.example", "shop.example"), 28, 66),
         [E("5.7.26", "550", "authfailure")], cmd="end of data", with_dsn=True)
    exim("exim-gmail-disabled-29", "student.2011@gmail.com", GM, GMIP, g("550", "5.2.1", G_DISABLED, 29, 50),
         [E("5.2.1", "550", "suspend")])

    # ---- Gmail's own bounce of a remote host's multi-line reply ----------
    gmail("gmail-gmx-ptr-30", "anna.schulz@gmx.example", "mx00.gmx.example", "212.227.15.9",
          ["554-gmx.net (mxgmx016) Nemesis ESMTP Service not available", "554-No SMTP service",
           "554-Bad DNS PTR resource record.",
           "554 For explanation visit https://postmaster.gmx.net/en/case?c=r0601&i=ip&v=209.85.218.45&r=1MBTgc-1w0FsA2"],
          [E("5.0.0", "554", "requireptr")])
    gmail("gmail-o365-s3150-31", "felix@contoso.example", "contoso-example.mail.protection.outlook.com",
          "52.101.68.3", "550 5.7.1 Unfortunately, messages from [209.85.218.45] weren't sent. Please contact your "
          "Internet service provider since part of their network is on our block list (S3150). You can also refer your "
          "provider to http://mail.live.com/mail/troubleshooting.aspx#errors. " + msig(31),
          [E("5.7.1", "550", "blocked")], head="blocked")
    gmail("gmail-gmail-nosuch-32", "joanna.k.1990@gmail.com", GM, GMIP, g("550", "5.1.1", G_NOSUCH, 32, 64),
          [E("5.1.1", "550", "userunknown")], head="notfound")
    gmail("gmail-exim-senderverify-33", "orders@small-shop.example", "mail.small-shop.example", IP % 33,
          ["550-Verification failed for <ops@startup.example>", "550-Called:   198.51.100.44",
           "550-Sent:     RCPT TO:<ops@startup.example>", "550-Response: 550 5.1.1 User unknown",
           "550 Sender verify failed"],
          [E("5.1.1", "550", "userunknown")])
    gmail("gmail-yahoo-tss04-34", "mary.l@yahoo.com", "mta7.am0.yahoodns.net", "67.195.204.72",
          "421 4.7.0 [TSS04] Messages from 209.85.218.45 temporarily deferred due to unexpected volume or user "
          "complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
          [E("4.7.0", "421", "rejected")], head="delay")
    gmail("gmail-mimecast-invalid-35", "j.doe@lawfirm.example", "eu-smtp-inbound-1.mimecast.com", "195.130.217.43",
          "550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550 [xZ3mQ8hRPvKd1aLf2bN7Yw.uk101]",
          [E("5.0.0", "550", "userunknown")], head="notfound")

    # ---- Microsoft's long 5.7.x replies, wrapped by Postfix / Exim ------
    pf("pf-outlook-s3150-36", "chris.m@hotmail.com", "hotmail-com.olc.protection.outlook.com", "52.101.42.3",
       "550 5.7.1 Unfortunately, messages from [198.51.100.70] weren't sent. Please contact your Internet service "
       "provider since part of their network is on our block list (S3150). You can also refer your provider to "
       "http://mail.live.com/mail/troubleshooting.aspx#errors. " + msig(36), [E("5.7.1", "550", "blocked")],
       width=72)
    pf("pf-outlook-708-37", "lee.w@outlook.com", "outlook-com.olc.protection.outlook.com", "52.101.42.4",
       "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information "
       "please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230) " + msig(37),
       [E("5.7.708", "550", "blocked")], width=74, dsnfold=True)
    pf("pf-o365-606-38", "ap@fabrikam.example", "fabrikam-example.mail.protection.outlook.com", "52.101.68.9",
       "550 5.7.606 Access denied, banned sending IP [198.51.100.71]. To request removal from this list please visit "
       "https://sender.office.com/ and follow the directions. For more information please go to "
       "http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430) " + msig(38), [E("5.7.606", "550", "blocked")],
       width=76)
    pf("pf-o365-509-39", "board@tailspin.example", "tailspin-example.mail.protection.outlook.com", "52.101.68.10",
       "550 5.7.509 Access denied, sending domain [LETTERS.EXAMPLE.NET] does not pass DMARC verification and has a "
       "DMARC policy of reject. " + msig(39), [E("5.7.509", "550", "authfailure")], cmd="end of DATA", width=73)
    pf("pf-outlook-515-40", "sam.r@outlook.com", "outlook-com.olc.protection.outlook.com", "52.101.42.5",
       "550 5.7.515 Access denied, sending domain [SHOP.EXAMPLE] doesn't meet the required authentication level. The "
       "sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender. "
       "To learn more about authentication requirements, visit https://aka.ms/EmailAuthRequirements " + msig(40),
       [E("5.7.515", "550", "authfailure")], cmd="end of DATA", width=78)
    pf("pf-o365-dbeb-41", "former.staff@northwind.example", "northwind-example.mail.protection.outlook.com",
       "52.101.68.11", "550 5.4.1 Recipient address rejected: Access denied. For more information see "
       "https://aka.ms/EXOSmtpErrors " + msig(41), [E("5.4.1", "550", "userunknown")], width=72, dsnfold=True)
    pf("pf-outlook-550-42", "nobody.here77@outlook.com", "outlook-com.olc.protection.outlook.com", "52.101.42.6",
       "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). " + msig(42),
       [E("5.5.0", "550", "userunknown")], width=74)
    pf("pf-outlook-4650-43", "gina.p@hotmail.com", "hotmail-com.olc.protection.outlook.com", "52.101.42.7",
       "451 4.7.650 The mail server [198.51.100.72] has been temporarily rate limited due to IP reputation. For "
       "e-mail delivery information, see https://postmaster.live.com (S775) " + msig(43),
       [E("4.7.650", "451", "badreputation")], delay=True, width=72)
    pf("pf-o365-spamhaus-44", "it@litware.example", "litware-example.mail.protection.outlook.com", "52.101.68.12",
       "550 5.7.1 Service unavailable, Client host [198.51.100.73] blocked using Spamhaus. To request removal from "
       "this list see https://www.spamhaus.org/query/ip/198.51.100.73 AS(1442) " + msig(44),
       [E("5.7.1", "550", "blocked")], cmd="MAIL FROM", width=77)
    exim("exim-o365-606-45", "ceo@wingtip.example", "wingtip-example.mail.protection.outlook.com", "52.101.68.13",
         ["550 5.7.606 Access denied, banned sending IP [198.51.100.74]. To request removal from this list please "
          "visit https://sender.office.com/ and follow the directions. For more information please go to "
          "http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430) " + msig(45)], [E("5.7.606", "550", "blocked")],
         with_dsn=True)
    exim("exim-outlook-s3140-46", "dave.h@live.com", "live-com.olc.protection.outlook.com", "52.101.42.8",
         ["550 5.7.1 Unfortunately, messages from [198.51.100.75] weren't sent. Please contact your Internet service "
          "provider since part of their network is on our block list (S3140). You can also refer your provider to "
          "http://mail.live.com/mail/troubleshooting.aspx#errors. " + msig(46)], [E("5.7.1", "550", "blocked")],
         cmd="MAIL FROM")
    exim("exim-o365-509-47", "grants@relecloud.example", "relecloud-example.mail.protection.outlook.com",
         "52.101.68.14", ["550 5.7.509 Access denied, sending domain [EXAMPLE.ORG] does not pass DMARC verification "
                          "and has a DMARC policy of reject. " + msig(47)], [E("5.7.509", "550", "authfailure")],
         cmd="end of data")
    exo("exo-spam-350-48", "buyer@partner.example", "5.7.350",
        "smtp;550 5.7.350 Remote server returned message detected as spam -> 554 5.7.1 The message from "
        "(<sender@example.com>) with the subject of (Quarterly figures) matches a profile the Internet community may "
        "consider spam. Please revise your message before resending.", [E("5.7.350", "550", "spamdetected")],
        remote="mx.partner.example")
    exo("exo-recipnotfound-49", "left.company@contoso.example", "5.1.10",
        "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient left.company@contoso.example not found by SMTP "
        "address lookup", [E("5.1.10", "550", "userunknown")],
        why="The email address you entered couldn't be found. Please check the recipient's email address and try "
            "to resend the message.")
    exo("exo-quota-50", "busy.person@contoso.example", "5.2.2",
        "smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuota"
        "Exceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot "
        "open mailbox /o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/"
        "cn=3f1e2d9c4b8a4f21-busy.person. 16.55847:8C070000 [EndDiagnosticData]", [E("5.2.2", "554", "mailboxfull")],
        why="The recipient's mailbox is full and can't accept messages now. Please try resending your message later, "
            "or contact the recipient directly.")
    exo("exo-loop-51", "shared@adatum.example", "5.4.14",
        "smtp;554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [SN1PEPF0002BA4E.namprd02.prod.outlook.com "
        "2025-12-04T08:12:44.512Z 08DE31B2C4D5E6F7]", [E("5.4.14", "554", "networkerror")],
        why="Your message couldn't be delivered because it was being forwarded in a loop.")
    exo("exo-group-133-52", "all-hands@adatum.example", "5.7.133",
        "smtp;550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction "
        "check failed as sender not authenticated", [E("5.7.133", "550", "securityerror")],
        why="Your message couldn't be delivered because delivery to this group is restricted to authenticated "
            "senders.")
    exo("exo-relay-64-53", "support@vendor.example", "5.7.64",
        "smtp;550 5.7.64 TenantAttribution; Relay Access Denied [DB1PEPF000509F8.eurprd03.prod.outlook.com "
        "2025-12-09T14:02:17.400Z 08DE37A1B2C3D4E5]", [E("5.7.64", "550", "norelaying")],
        why="Your message wasn't delivered because the recipient's email provider rejected it.")
    exo("exo-gmail-unsol-54", "kim.lee@gmail.com", "5.7.1",
        "smtp;" + join(g("550", "5.7.1", G_UNSOL % "52.100.173.21", 54, 64)), [E("5.7.1", "550", "spamdetected")],
        remote="mx.google.com", why="Your message wasn't delivered because the recipient's email provider rejected it.")
    exo("exo-gmail-dmarc-55", "ops.manager@gmail.com", "5.7.26",
        "smtp;" + join(g("550", "5.7.26", G_DMARC % ("example.com", "example.com"), 55, 66)),
        [E("5.7.26", "550", "authfailure")], remote="mx.google.com",
        why="Your message wasn't delivered because the recipient's email provider rejected it.")

    # ---- Yahoo and AOL -------------------------------------------------
    pf("pf-yahoo-bl21-56", "susan_k@yahoo.com", "mta5.am0.yahoodns.net", "67.195.204.74",
       "553 5.7.1 [BL21] Connections will not be accepted from 198.51.100.80, because the ip is in Spamhaus's list; "
       "see https://postmaster.yahooinc.com/error-codes", [E("5.7.1", "553", "blocked")], cmd="MAIL FROM", width=72)
    pf("pf-yahoo-tss04-57", "rick.t@yahoo.com", "mta6.am0.yahoodns.net", "67.195.204.75",
       "421 4.7.0 [TSS04] Messages from 198.51.100.81 temporarily deferred due to unexpected volume or user "
       "complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes", [E("4.7.0", "421", "rejected")],
       cmd="MAIL FROM", delay=True, width=74)
    pf("pf-yahoo-policy-58", "bella.c@yahoo.com", "mta7.am0.yahoodns.net", "67.195.204.76",
       "554 5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes",
       [E("5.7.9", "554", "policyviolation")], cmd="end of DATA", width=72)
    pf("pf-yahoo-unauth-59", "tom.v@yahoo.com", "mta5.am0.yahoodns.net", "67.195.204.77",
       "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to "
       "authenticate with either SPF or DKIM.", [E("5.7.9", "550", "authfailure")], cmd="end of DATA", width=76,
       dsnfold=True)
    pf("pf-yahoo-dd-60", "gone_since_2015@yahoo.com", "mta6.am0.yahoodns.net", "67.195.204.78",
       "554 delivery error: dd This user doesn't have a yahoo.com account (gone_since_2015@yahoo.com) [0] - "
       "mta1234.mail.gq1.yahoo.com", [E("5.0.0", "554", "userunknown")], cmd="end of DATA", width=73)
    pf("pf-aol-552-61", "grandma.b@aol.com", "mx-aol.mail.gm0.yahoodns.net", "67.195.204.79",
       "552 1 Requested mail action aborted, mailbox not found", [E("5.0.0", "552", "userunknown")], width=72)
    pf("pf-yahoo-disabled-62", "old_friend@yahoo.com", "mta7.am0.yahoodns.net", "67.195.204.80",
       "554 30 Sorry, your message to old_friend@yahoo.com cannot be delivered. This mailbox is disabled (554.30).",
       [E("5.0.0", "554", "suspend")], cmd="end of DATA", width=72)
    exim("exim-yahoo-bl21-63", "ken_watanabe@yahoo.com", "mta5.am0.yahoodns.net", "67.195.204.81",
         ["553 5.7.1 [BL21] Connections will not be accepted from 198.51.100.82, because the ip is in Spamhaus's "
          "list; see https://postmaster.yahooinc.com/error-codes"], [E("5.7.1", "553", "blocked")], cmd="MAIL FROM")

    # ---- Mimecast, Proofpoint, Barracuda, Trend Micro, Cisco ----------
    pf("pf-mimecast-invalid-64", "s.okafor@lawfirm.example", "us-smtp-inbound-1.mimecast.com", "205.139.110.61",
       "550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550 [qL8vW2dT3mPuR0aKf5nZ1g.us528]",
       [E("5.0.0", "550", "userunknown")], width=72)
    pf("pf-mimecast-security-65", "payables@insurer.example", "eu-smtp-inbound-2.mimecast.com", "195.130.217.44",
       "554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554 "
       "[Hq3dK9sLp2xVb7NcZ1fM4w.uk202]", [E("5.0.0", "554", "virusdetected")], cmd="end of DATA", width=74)
    exim("exim-mimecast-invalid-66", "r.singh@accounting.example", "us-smtp-inbound-2.mimecast.com", "205.139.110.62",
         ["550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550 [aB4cD6eF8gH0iJ2kL4mN6o.us216]"],
         [E("5.0.0", "550", "userunknown")], with_dsn=True)
    pf("pf-proofpoint-rep-67", "treasury@bank-example.example", "mx0a-00123401.pphosted.com", "148.163.156.21",
       "554 5.7.1 Service unavailable; Client host [198.51.100.83] blocked using Proofpoint Dynamic Reputation; "
       "https://ipcheck.proofpoint.com/?ip=198.51.100.83", [E("5.7.1", "554", "blocked")], width=72)
    pf("pf-proofpoint-user-68", "j.smith@university.example", "mx0b-00456702.pphosted.com", "148.163.158.22",
       "550 5.1.1 <j.smith@university.example>... User Unknown", [E("5.1.1", "550", "userunknown")], width=73)
    pf("pf-barracuda-brbl-69", "office@dentist.example", "d123456a.ess.barracudanetworks.com", "209.222.82.251",
       "554 Service unavailable; Client host [198.51.100.84] blocked using Barracuda Reputation; "
       "http://www.barracudanetworks.com/reputation/?r=1&ip=198.51.100.84", [E("5.0.0", "554", "blocked")],
       width=74)
    pf("pf-barracuda-user-70", "nurse.station@clinic.example", "d987654b.ess.barracudanetworks.com", "209.222.82.252",
       "550 permanent failure for one or more recipients (nurse.station@clinic.example:550 5.1.1 "
       "<nurse.station@clinic.example>: Recipient address rejected: User unknown in local recipient table)",
       [E("5.1.1", "550", "userunknown")], cmd="end of DATA", width=72, dsnfold=True)
    pf("pf-trend-ers-71", "purchasing@factory.example", "in.factory.example.tmes.trendmicro.com", "18.208.22.80",
       "550 5.7.1 Service unavailable; client [198.51.100.85] blocked using Trend Micro RBL+. Please see "
       "http://www.mail-abuse.com/cgi-bin/lookup?ip_address=198.51.100.85 ; Mail from 198.51.100.85 blocked using "
       "Trend Micro Email Reputation database.", [E("5.7.1", "550", "blocked")], cmd="MAIL FROM", width=76)
    sendmail("sendmail-ironport-72", "c.dupont@manufacturer.example", "esa1.manufacturer.iphmx.com",
             "68.232.140.11", "550 #5.1.0 Address rejected.", [E("5.0.0", "550", "userunknown")])
    pf("pf-spamhaus-73", "admin@coop.example", "mx.coop.example", IP % 73,
       "554 5.7.1 Service unavailable; Client host [198.51.100.86] blocked using zen.spamhaus.org; "
       "https://www.spamhaus.org/query/ip/198.51.100.86", [E("5.7.1", "554", "blocked")], width=72)

    # ---- GMX, web.de, T-Online, Orange, Free, Comcast ----------------
    pf("pf-gmx-ptr-74", "lena.h@gmx.example", "mx00.gmx.example", "212.227.15.9",
       ["554-gmx.net (mxgmx014) Nemesis ESMTP Service not available", "554-No SMTP service",
        "554-Bad DNS PTR resource record.",
        "554 For explanation visit https://postmaster.gmx.net/en/case?c=r0601&i=ip&v=198.51.100.87&r=1N3bK8-1vZx"],
       [E("5.0.0", "554", "requireptr")], greet=True, width=72)
    pf("pf-webde-bl-75", "k.becker@webde.example", "mx-ha01.web.example", "212.227.15.10",
       ["554-web.de (mxweb112) Nemesis ESMTP Service not available", "554-No SMTP service",
        "554-IP address is block listed.",
        "554 For explanation visit https://postmaster.web.de/en/case?c=r0301&i=ip&v=198.51.100.88&r=1MZx2c-1w8"],
       [E("5.0.0", "554", "blocked")], greet=True, width=76)
    pf("pf-gmx-nouser-76", "no.user.x@gmx.example", "mx01.gmx.example", "212.227.17.5",
       "550 Requested action not taken: mailbox unavailable", [E("5.0.0", "550", "userunknown")], width=72)
    exim("exim-tonline-bl-77", "h.mueller@t-online.example", "mx00.t-online.example", "194.25.134.8",
         ["554 IP=198.51.100.89 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de "
          "to clarify.) (BL)"], [E("5.0.971", "554", "blocked")], cmd="initial connection")
    pf("pf-orange-conn-78", "marie.d@orange.example", "smtp-in.orange.example", "80.12.242.10",
       "421 mwinf5c43 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. "
       "OFR005_104 [104]", [E("4.0.0", "421", "toomanyconn")], greet=True, delay=True, width=74)
    pf("pf-free-nouser-79", "jean.martin@free.example", "mx1.free.example", "212.27.48.6",
       "550 5.1.1 <jean.martin@free.example>: Recipient address rejected: free.fr MAILBOX NOT FOUND",
       [E("5.1.1", "550", "userunknown")], width=72)
    pf("pf-comcast-bl-80", "bob.s@comcast.example", "mx1.comcast.example", "96.114.157.80",
       "554 resimta-po-35v.sys.comcast.net resimta-po-35v.sys.comcast.net 198.51.100.93 found on one or more DNSBLs, "
       "see http://postmaster.comcast.net/smtp-error-codes.php#BL000001", [E("5.0.0", "554", "blocked")],
       greet=True, width=78)

    # ---- Exim and cPanel receivers' own multi-line replies -------------
    pf("pf-exim-senderverify-81", "bookings@guesthouse.example", "mail.guesthouse.example", IP % 81,
       ["550-Verification failed for <billing@shop.example>", "550-Unrouteable address",
        "550 Sender verify failed"], [E("5.0.0", "550", "rejected")], width=72)
    exim("exim-cpanel-relay-82", "info@partner-site.example", "server.partner-site.example", IP % 82,
         ["550-Please turn on SMTP Authentication in your mail client.",
          "550-(out2.example.org) [198.51.100.94]:52114 is not permitted to relay through this server",
          "550 without authentication."], [E("5.0.909", "550", "norelaying")])
    exim("exim-dnsbl-83", "contact@bakery.example", "mail.bakery.example", IP % 83,
         ["550-Rejected because 198.51.100.95 is in a black list at zen.spamhaus.org",
          "550 https://www.spamhaus.org/query/ip/198.51.100.95"], [E("5.0.0", "550", "blocked")], cmd="MAIL FROM",
         with_dsn=True)
    pf("pf-exim-spam-84", "team@agency.example", "mx.agency.example", IP % 84,
       ["550-This message was classified as SPAM and may not be delivered",
        "550 (spam score 14.2, required 5.0)"], [E("5.0.0", "550", "spamdetected")], cmd="end of DATA", width=74)
    exim("exim-greylist-85", "sales@hardware.example", "mx.hardware.example", IP % 85,
         ["451-4.7.1 Greylisting in action, please come back later.",
          "451 4.7.1 Please see http://www.greylisting.org/ for details"], [E("4.7.1", "451", "expired")],
         delay=True)
    pf("pf-exim-spf-86", "desk@newsroom.example", "mail.newsroom.example", IP % 86,
       ["550-SPF check failed: letters.example.net does not designate 198.51.100.96 as a permitted",
        "550 sender. Please see http://www.open-spf.org/Why?s=mfrom;id=news@letters.example.net;ip=198.51.100.96"],
       [E("5.0.0", "550", "authfailure")], cmd="MAIL FROM", width=76)
    exim("exim-nosuchuser-87", "sales@old-domain.example", "mail.old-domain.example", IP % 87,
         ["550-No Such User Here\"\"", "550 Recipient verification failed"], [E("5.0.911", "550", "userunknown")])

    # ---- Exchange 2007 / 2010: Remote Server returned --------------------
    exch07("exch-returned-gmail-88", "paula.r@gmail.com", "mx.google.com",
           g("550", "5.7.1", G_UNSOL % "198.51.100.97", 88, 64), [E("5.7.1", "550", "spamdetected")])
    exch07("exch-returned-relay-89", "orders@distributor.example", "mail.distributor.example",
           "554 5.7.1 <orders@distributor.example>: Relay access denied", [E("5.7.1", "554", "norelaying")])
    exch07("exch-returned-disabled-90", "old.intern@gmail.com", "mx.google.com",
           g("550", "5.2.1", G_DISABLED, 90, 60), [E("5.2.1", "550", "suspend")])
    exch07("exch-smtp-nosuch-91", "wrong.name@gmail.com", "gmail-smtp-in.l.google.com",
           g("550", "5.1.1", G_NOSUCH, 91, 62), [E("5.1.1", "550", "userunknown")], form="smtp")
    exch07("exch-smtp-606-92", "hr@contoso.example", "contoso-example.mail.protection.outlook.com",
           "550 5.7.606 Access denied, banned sending IP [198.51.100.98]. To request removal from this list please "
           "visit https://sender.office.com/ and follow the directions. For more information please go to "
           "http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430) " + msig(92), [E("5.7.606", "550", "blocked")],
           form="smtp")

    # ---- Sendmail transcripts of multi-line replies ---------------------
    sendmail("sendmail-gmail-unsol-93", "victor.n@gmail.com", GM, GMIP,
             g("550", "5.7.1", G_UNSOL % "198.51.100.99", 93, 62), [E("5.7.1", "550", "spamdetected")], cmd="DATA")
    sendmail("sendmail-gmail-nosuch-94", "not.a.real.box@gmail.com", GM, GMIP, g("550", "5.1.1", G_NOSUCH, 94, 66),
             [E("5.1.1", "550", "userunknown")])
    sendmail("sendmail-gmail-dmarc-95", "helpdesk@workspace-firm.example", WS, "142.250.153.27",
             g("550", "5.7.26", G_DMARC % ("example.co.uk", "example.co.uk"), 95, 64),
             [E("5.7.26", "550", "authfailure")], cmd="DATA")

    # ---- other RFC 3464 reporters: folded Diagnostic-Code --------------
    rfc("rfc-kerio-gmail-qperm-96", "d.silva@gmail.com", GM, g("552", "5.2.2", G_QPERM, 96, 60),
        [E("5.2.2", "552", "mailboxfull")], form=0)
    rfc("rfc-mdaemon-dbeb-97", "ex.employee@fourthcoffee.example", "fourthcoffee-example.mail.protection.outlook.com",
        "550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors "
        + msig(97), [E("5.4.1", "550", "userunknown")], form=1, dtype=None)
    rfc("rfc-icewarp-virtual-98", "ghost@hosting-client.example", "mx.hosting-client.example",
        "550 5.1.1 <ghost@hosting-client.example>: Recipient address rejected: User unknown in virtual mailbox table",
        [E("5.1.1", "550", "userunknown")], form=2, dtype=None, width=72)
    rfc("rfc-courier-gmail-unauth-99", "lab.results@gmail.com", GM,
        g("550", "5.7.26", G_UNAUTH % ("example.jp", "198.51.100.100"), 99, 66),
        [E("5.7.26", "550", "authfailure")], form=3)
    rfc("rfc-kerio-quota-100", "warehouse@logistics.example", "mail.logistics.example",
        "552 5.2.2 <warehouse@logistics.example>: Recipient address rejected: Mailbox quota exceeded for this "
        "recipient, please try again later", [E("5.2.2", "552", "mailboxfull")], form=0, width=74)
    rfc("rfc-mdaemon-gmail-rfc-101", "quiz.master@gmail.com", GM,
        g("550", "5.7.1", G_RFC % ("198.51.100.101", "multiple 'Subject' headers."), 101, 58),
        [E("5.7.1", "550", "notcompliantrfc")], form=1)
    rfc("rfc-icewarp-gmail-rcptrate-102", "popular.streamer@gmail.com", GM,
        g("550", "5.2.1", G_RCPTRATE, 102, 66), [E("5.2.1", "550", "toomanyconn")], form=2, dtype=None)


items()

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    write_set(out, SETS)
