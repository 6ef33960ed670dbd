#!/usr/bin/env python3
"""make_set.py [OUTDIR]: write blind41, a batch of bounces whose other
words point elsewhere than the real diagnostic: the returned original
(message/rfc822, text/rfc822-headers or inline) talks about passwords,
SPF, a full mailbox, an unknown user, a vacation, unsubscribing, spam or
viruses; a legal disclaimer or an antivirus / spam-scanner footer in the
notice; the human-readable boilerplate ("this is a permanent error",
"due to a policy", a list of possible causes) disagreeing with the DSN;
an original that is a reply chain quoting an older, different error; a
notice in two languages; a multi-recipient report with a reason per
recipient; a bounce subject (Exchange's "Undeliverable: " + the original
subject) naming a different failure.  Carried by Postfix, Exim,
Sendmail, Exchange / Microsoft 365, Gmail, qmail and the Chinese
providers' notices.  Deterministic; the builders are blindreturned.py's
(shared with blind42)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from blindset import E, write_set  # noqa: E402
from blindreturned import *  # noqa: E402,F401,F403
from blindreturned import SETS  # noqa: E402

# ================================================================ the batch

PW = ("Hello,\n\nYour password expires in 3 days. If you do not change your password, your\n"
      "mailbox will be disabled and incoming mail rejected as 'user unknown'.\n\n"
      "Change it here: https://portal.example.com/password\n\nIT Service Desk\n")
FULL = ("Dear user,\n\nYour mailbox is almost full (98% of 2 GB used). When it is full,\n"
        "new messages will bounce with '552 5.2.2 Mailbox full'. Please delete old mail\n"
        "or request a larger quota.\n\nMail Administrator\n")
UNKNOWN = ("Hi,\n\nI tried to write to the old address but got 'User unknown' back, so here\n"
           "it is again at this one. Does this address work?\n\nThanks,\nMaria\n")
SPF = ("Team,\n\nour SPF record fails for example.com since the move: receivers see\n"
       "'SPF fail' and DMARC p=reject, and some of our mail is refused as spam.\n"
       "Please add include:_spf.mailhost.example to the TXT record.\n\n-- it-desk\n")
VAC = ("I am out of the office until 5 January with no access to e-mail.\n"
       "Your message will not be forwarded. For urgent matters contact\n"
       "support@example.org.\n\n(This is an automatic reply.)\n")
UNSUB = ("Our December offers are here!\n\n50% off everything this week.\n\n"
         "You are receiving this because you subscribed at shop.example.\n"
         "To unsubscribe, click https://shop.example/unsubscribe?u=8812 -- your\n"
         "address will be removed within 48 hours. Mailbox full or unwanted? Unsubscribe.\n")
SPAMTXT = ("Hello,\n\nour filter marked your last message as spam and quarantined it. If it was\n"
           "not spam, please reply and we will whitelist you. Spam score was 7.9.\n\nSupport\n")
VIRUS = ("WARNING: a virus (Eicar-Test-Signature) was detected in an attachment you sent.\n"
         "The attachment was removed. Please scan your computer with an antivirus program.\n\n"
         "-- Mail Security Gateway\n")
INVOICE = "Hello,\n\nattached is invoice 2025-4471 for December.\n\nKind regards,\nAccounts\n"

DISCLAIMER = ("\n--\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and\n"
              "may be privileged. If you are not the intended recipient, please notify the\n"
              "sender immediately, delete this message and do not copy or forward it. Any\n"
              "unauthorised use is prohibited. E-mail is not secure and may contain viruses;\n"
              "the company accepts no liability for any damage caused by a virus. This\n"
              "mailbox is not monitored: replies to unknown or invalid addresses are discarded.\n")
AVFOOTER = ("\n-- \nThis message has been scanned for viruses and dangerous content by\n"
            "MailScanner, and is believed to be clean. No virus found. Spam score 0.3 (not spam).\n")
SAFOOTER = ("\nContent analysis details:   (8.4 points, 5.0 required)\n"
            " pts rule name              description\n"
            "---- ---------------------- --------------------------------------------------\n"
            " 3.5 BAYES_99               BODY: Bayes spam probability is 99 to 100%\n"
            " 2.9 SPF_FAIL               SPF: sender does not match SPF record (fail)\n"
            " 2.0 RDNS_NONE              Delivered to internal network by a host with no rDNS\n")

GM_IP = "142.250.102.27"


def postfix():
    pf("pf-unknown-orig-mailboxfull", [P("j.meyer@corp.example.de", "mx1.corp.example.de", "198.51.100.21",
        "550 5.1.1 <j.meyer@corp.example.de>: Recipient address rejected: User unknown in virtual mailbox table",
        "5.1.1", E("5.1.1", "550", "userunknown"))], "Your mailbox is almost full", FULL)
    pf("pf-full-orig-userunknown", [P("ana.r@mail.example.es", "mx.mail.example.es", "198.51.100.22",
        "552 5.2.2 <ana.r@mail.example.es>: Mailbox full, quota exceeded", "5.2.2",
        E("5.2.2", "552", "mailboxfull"))], "Re: User unknown?", UNKNOWN)
    pf("pf-spam-orig-password", [P("hr@firm.example", "mx.firm.example", "198.51.100.23",
        "550 5.7.1 Message rejected as spam by Content Filtering.", "5.7.1",
        E("5.7.1", "550", "spamdetected"), cmd="end of DATA")], "Password expiry notice", PW)
    pf("pf-unknown-orig-spf", [P("postmaster@partner.example", "mx.partner.example", "198.51.100.24",
        "550 5.1.1 <postmaster@partner.example>: Recipient address rejected: User unknown in local recipient table",
        "5.1.1", E("5.1.1", "550", "userunknown"))], "SPF fail and DMARC reject - please fix", SPF,
       extra=["Authentication-Results: mx.example.com; spf=fail smtp.mailfrom=example.com; dmarc=fail"])
    pf("pf-hostunknown-orig-virus", [("it@old-domain.example", "5.4.4",
        "Host or domain name not found. Name service error for name=old-domain.example type=MX: Host not found, "
        "try again", "Host or domain name not found. Name service error for name=old-domain.example type=MX: Host "
        "not found, try again", None, "X-Postfix", E("5.4.4", "", "networkerror"))], "Virus detected in attachment",
       VIRUS)
    pf("pf-quota-given-up-orig-vacation", [P("lee@mail.example.kr", "mx.mail.example.kr", "198.51.100.25",
        "452 4.2.2 <lee@mail.example.kr>: Over quota", "4.2.2", E("4.2.2", "452", "mailboxfull"))],
       "Automatic reply: Out of office", VAC, extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
       intro=("This is the mail system at host %s.\n\nI'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients. It's attached below.\n\n"
              "The message was deferred for 5 days and has now expired.\n\n                   The mail system\n\n")
       % "mx-out.shop.example")
    pf("pf-sender-rejected-orig-unsubscribe", [P("buyer@retail.example", "mx.retail.example", "198.51.100.26",
        "553 5.7.1 <newsletter@news.example.net>: Sender address rejected: not owned by user "
        "buyer@retail.example", "5.7.1", E("5.7.1", "553", "rejected"), cmd="MAIL FROM")],
       "December offers - unsubscribe anytime", UNSUB, extra=["List-Unsubscribe: <https://shop.example/unsubscribe?u=8812>"])
    pf("pf-unknown-orig-spam-headers", [P("t.nguyen@gmail.com", "gmail-smtp-in.l.google.com", GM_IP,
        "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking "
        "the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more information, go to "
        "550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1si2345678pla.77 - gsmtp", "5.1.1",
        E("5.1.1", "550", "userunknown"))], "***SPAM*** Re: invoice overdue", INVOICE, kind="headers",
       extra=["X-Spam-Flag: YES", "X-Spam-Status: Yes, score=9.1 required=5.0 tests=BAYES_99,SPF_FAIL",
              "X-Virus-Scanned: ClamAV - virus found? no"])
    pf("pf-multi-three-reasons", [
        P("a.first@multi.example", "mx.multi.example", "198.51.100.27",
          "550 5.1.1 <a.first@multi.example>: Recipient address rejected: User unknown", "5.1.1",
          E("5.1.1", "550", "userunknown")),
        P("b.second@multi.example", "mx.multi.example", "198.51.100.27",
          "552 5.2.2 <b.second@multi.example>: Mailbox full", "5.2.2", E("5.2.2", "552", "mailboxfull")),
        P("c.third@other.example", "mx.other.example", "198.51.100.28",
          "554 5.7.1 <c.third@other.example>: Relay access denied", "5.7.1", E("5.7.1", "554", "norelaying"))],
       "Re: who is on vacation in January?", VAC)
    pf("pf-plain-disclaimer", [P("k.olsen@firma.example.dk", "mx.firma.example.dk", "198.51.100.29",
        "550 5.1.1 <k.olsen@firma.example.dk>: Recipient address rejected: User unknown", "5.1.1",
        E("5.1.1", "550", "userunknown"))], "Quarterly figures", INVOICE + DISCLAIMER, plain=True,
       footer=DISCLAIMER)
    pf("pf-relay-orig-mailboxfull", [P("office@client.example", "mail.client.example", "198.51.100.30",
        "554 5.7.1 <office@client.example>: Relay access denied", "5.7.1", E("5.7.1", "554", "norelaying"))],
       "Mailbox full: message returned", FULL)
    pf("pf-delay-orig-userunknown", [("ops@slow.example", "4.4.1",
        "connect to mx.slow.example[198.51.100.31]:25: Connection timed out", None, None, "X-Postfix",
        E("4.4.1", "", "expired"))], "Undeliverable: user unknown (was: order 48213)", UNKNOWN, delay=True)
    pf("pf-forwarded-chain-old-exchange", [P("claims@insure.example", "mx.insure.example", "198.51.100.32",
        "552 5.2.2 <claims@insure.example>: Mailbox full", "5.2.2", E("5.2.2", "552", "mailboxfull"))],
       "Fwd: Undeliverable: claim 7781",
       "Trying again, see the error we got last week below.\n\n---------- Forwarded message ---------\n"
       "From: Microsoft Outlook <postmaster@insure.example>\nSubject: Undeliverable: claim 7781\n\n"
       "Delivery has failed to these recipients or groups:\nclaims@insure.example\n"
       "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n")
    pf("pf-spamassassin-footer", [P("r.costa@loja.example.br", "mx.loja.example.br", "198.51.100.33",
        "550 5.1.1 <r.costa@loja.example.br>: Recipient address rejected: User unknown in relay recipient table",
        "5.1.1", E("5.1.1", "550", "userunknown"))], "Order confirmation #55120", INVOICE, footer=SAFOOTER)
    pf("pf-mesgtoobig-orig-quota", [P("design@studio.example", "mx.studio.example", "198.51.100.34",
        "552 5.3.4 Message size exceeds fixed limit", "5.3.4", E("5.3.4", "552", "mesgtoobig"), cmd="end of DATA")],
       "Mailbox quota warning - upgrade your storage", FULL)
    pf("pf-disabled-orig-userunknown", [P("old.friend@gmail.com", "gmail-smtp-in.l.google.com", GM_IP,
        "550-5.2.1 The email account that you tried to reach is disabled. 550 5.2.1  "
        "https://support.google.com/mail/?p=DisabledUser b7si1234567qkd.12 - gsmtp", "5.2.1",
        E("5.2.1", "550", "suspend"))], "Re: User unknown at your old address", UNKNOWN)
    pf("pf-bilingual-fr", [P("c.martin@societe.example.fr", "mx.societe.example.fr", "198.51.100.35",
        "554 5.7.1 Spam message rejected", "5.7.1", E("5.7.1", "554", "spamdetected"), cmd="end of DATA")],
       "Facture de decembre", INVOICE,
       intro=("Ceci est le systeme de messagerie de mail.example.com.\n\nVotre message n'a pas pu etre remis a un ou "
              "plusieurs destinataires\n(erreur permanente : adresse inconnue, boite pleine ou domaine invalide).\n\n"
              "This is the mail system at host mail.example.com.\n\nYour message could not be delivered to one or more "
              "recipients\n(permanent error: unknown address, full mailbox or invalid domain).\n\n"))
    pf("pf-headers-spamflag-suspend", [P("member@club.example", "mx.club.example", "198.51.100.36",
        "550 5.2.1 <member@club.example>: Mailbox disabled, not accepting messages", "5.2.1",
        E("5.2.1", "550", "suspend"))], "[SPAM] Membership renewal", INVOICE, kind="headers",
       extra=["X-Spam-Flag: YES", "X-Spam-Status: Yes, score=12.3 required=5.0"])
    pf("pf-auth-dmarc-orig-unknown", [P("info@bank.example", "mx.bank.example", "198.51.100.37",
        "550 5.7.1 Email rejected per DMARC policy for example.com", "5.7.1", E("5.7.1", "550", "authfailure"),
        cmd="end of DATA")], "Re: mail to you bounced 'user unknown'", UNKNOWN)
    pf("pf-blocked-orig-notspam", [P("sales@distrib.example", "mx.distrib.example", "198.51.100.38",
        "554 5.7.1 Service unavailable; Client host [192.0.2.77] blocked using zen.spamhaus.org; "
        "https://www.spamhaus.org/query/ip/192.0.2.77", "5.7.1", E("5.7.1", "554", "blocked"))],
       "This is not spam: your quote", SPAMTXT)


def eximset():
    exim("exim-unknown-orig-password", [X("s.kowalski@firma.example.pl", "mx.firma.example.pl", "198.51.100.41",
        ["550 5.1.1 <s.kowalski@firma.example.pl>: Recipient address rejected: User unknown"],
        E("5.1.1", "550", "userunknown"))], "Reset your password now", PW)
    exim("exim-quota-orig-spam", [X("zoe@mailbox.example", "mx.mailbox.example", "198.51.100.42",
        ["552 5.2.2 Quota exceeded (mailbox for user is full)"], E("5.2.2", "552", "mailboxfull"))],
       "Spam quarantine report", SPAMTXT)
    exim("exim-dmarc-av-footer", [X("contact@brand.example", "gmail-smtp-in.l.google.com", GM_IP,
        ["550-5.7.26 Unauthenticated email from example.org is not accepted due to",
         "550-5.7.26 domain's DMARC policy. Please contact the administrator of",
         "550 5.7.26 example.org domain if this was a legitimate mail. - gsmtp"],
        E("5.7.26", "550", "authfailure"))], "Weekly report", INVOICE, footer=AVFOOTER)
    exim("exim-unrouteable-orig-spf", [("ceo@nonexistent-brand.example", ["Unrouteable address"],
        E("5.0.912", "", "hostunknown"), "Unrouteable address")], "SPF record check", SPF)
    exim("exim-bilingual-de", [X("m.schulz@beispiel.example.de", "mx.beispiel.example.de", "198.51.100.43",
        ["550 5.1.1 <m.schulz@beispiel.example.de>: Recipient address rejected: User unknown"],
        E("5.1.1", "550", "userunknown"))], "Angebot", INVOICE,
       intro=("Diese Nachricht wurde automatisch vom Mailsystem erzeugt.\n\n"
              "Eine von Ihnen gesendete Nachricht konnte nicht an alle Empfaenger zugestellt werden.\n"
              "Moegliche Ursachen: Postfach voll, Spamverdacht oder Virus im Anhang.\n\n"
              "This message was created automatically by mail delivery software.\n\n"
              "A message that you sent could not be delivered to one or more of its\n"
              "recipients. This is a permanent error. The following address(es) failed:\n\n"))
    exim("exim-multi-two", [
        X("one@team.example", "mx.team.example", "198.51.100.44", ["550 5.1.1 No such user here"],
          E("5.1.1", "550", "userunknown")),
        X("two@team.example", "mx.team.example", "198.51.100.44", ["552 5.2.2 Mailbox full"],
          E("5.2.2", "552", "mailboxfull"))], "Team offsite - virus scan of the slides", VIRUS)
    exim("exim-forwarded-chain-old-full", [X("hello@cafe.example", "mx.cafe.example", "198.51.100.45",
        ["550 5.1.1 <hello@cafe.example>: Recipient address rejected: User unknown in virtual alias table"],
        E("5.1.1", "550", "userunknown"))], "Re: Re: your mailbox was full",
       "Sending once more.\n\n> On Mon, the mail system wrote:\n> 552 5.2.2 Mailbox full, quota exceeded\n"
       "> Your message was not delivered because the mailbox is full.\n")
    exim("exim-spamhaus-orig-unsubscribe", [X("list@forum.example", "mx.forum.example", "198.51.100.46",
        ["550-5.7.1 Client host [192.0.2.88] blocked using zen.spamhaus.org;",
         "550 5.7.1 https://www.spamhaus.org/query/ip/192.0.2.88"], E("5.7.1", "550", "blocked"))],
       "Unsubscribe confirmation", UNSUB)
    exim("exim-spf-orig-password", [X("admin@school.example", "mx.school.example", "198.51.100.47",
        ["550 5.7.1 SPF: 192.0.2.89 is not allowed to send mail from example.org"],
        E("5.7.1", "550", "authfailure"), cmd="MAIL FROM:<it-desk@example.org>")], "Your password was changed", PW)
    exim("exim-dsn-unknown-disclaimer", [X("p.rossi@azienda.example.it", "mx.azienda.example.it", "198.51.100.48",
        ["550 5.1.1 <p.rossi@azienda.example.it>: Recipient address rejected: User unknown"],
        E("5.1.1", "550", "userunknown"))], "Contract draft v4", INVOICE + DISCLAIMER, footer=DISCLAIMER,
       with_dsn=True)
    exim("exim-virus-orig-spam", [X("lab@univ.example.edu", "mx.univ.example.edu", "198.51.100.49",
        ["550 5.7.1 Virus found in message (Win.Trojan.Agent-123)"], E("5.7.1", "550", "virusdetected"),
        cmd="end of data")], "Your spam digest", SPAMTXT)


def sendmailset():
    sendmail("sm-unknown-orig-vacation", [("ken@firm.example.jp", "mx.firm.example.jp",
        ["550 5.1.1 <ken@firm.example.jp>... User unknown"], "5.1.1", E("5.1.1", "550", "userunknown"))],
        "Out of Office: back on 5 January", VAC, extra=["Auto-Submitted: auto-replied", "Precedence: bulk"])
    sendmail("sm-spam-orig-virus-headers", [("buyer@shop.example.au", "mx.shop.example.au",
        ["554 5.7.1 Message rejected: spam content detected"], "5.7.1", E("5.7.1", "554", "spamdetected"))],
        "Virus alert: attachment removed", VIRUS, extra=["X-Virus-Status: Infected", "X-Virus-Scanned: ClamAV"])
    sendmail("sm-virus-orig-spam", [("helpdesk@campus.example.edu", "mx.campus.example.edu",
        ["554 5.7.0 Virus found in message: Win.Trojan.Agent"], "5.7.0", E("5.7.0", "554", "virusdetected"))],
        "Your spam quarantine digest", SPAMTXT)
    sendmail("sm-full-orig-unsubscribe", [("grace@home.example", "mx.home.example",
        ["552 5.2.2 <grace@home.example>... Mailbox full"], "5.2.2", E("5.2.2", "552", "mailboxfull"))],
        "Please unsubscribe me", UNSUB)
    sendmail("sm-multi-unknown-full", [
        ("x.one@firm.example", "mx.firm.example", ["550 5.1.1 <x.one@firm.example>... User unknown"], "5.1.1",
         E("5.1.1", "550", "userunknown")),
        ("y.two@firm.example", "mx.firm.example", ["550 5.2.2 <y.two@firm.example>... Mailbox full"], "5.2.2",
         E("5.2.2", "550", "mailboxfull"))], "SPF and password policy update", SPF, footer=DISCLAIMER)


def exchange():
    exo("exo-policy-boilerplate-unknown", [("d.park@contoso-like.example", "5.1.10",
        "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient d.park@contoso-like.example not found by SMTP "
        "address lookup", None, E("5.1.10", "550", "userunknown"))], "Invoice 2025-4471", INVOICE,
        why="Your message couldn't be delivered due to a policy set by the recipient's organization.")
    exo("exo-permanent-quota", [("f.ali@corp.example.ae", "5.2.2",
        "smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded;"
        " Failed to process message due to a permanent exception", None, E("5.2.2", "554", "mailboxfull"))],
        "Re: password for the shared drive", PW,
        why="This is a permanent error. Your message was rejected and won't be retried.")
    exo("exo-disclaimer-unknown", [("l.weber@partner.example.ch", "5.1.1",
        "smtp;550 5.1.1 <l.weber@partner.example.ch>: Recipient address rejected: User unknown",
        "mx.partner.example.ch", E("5.1.1", "550", "userunknown"))], "Contract draft v3", INVOICE, footer=DISCLAIMER)
    exo("exo-onprem-bilingual-de", [("h.braun@werk.example.de", "5.2.2",
        "#550 5.2.2 STOREDRV.Deliver; mailbox full ##", None, E("5.2.2", "550", "mailboxfull"))],
        "Spam-Verdacht: Rechnung", SPAMTXT, style="onprem",
        lang=("Die Zustellung an folgende Empfaenger oder Gruppen ist fehlgeschlagen.\n"
              "Moeglicherweise ist die Adresse unbekannt oder die Nachricht wurde als Spam eingestuft.\n\n"))
    exo("exo-multi-two", [
        ("u.one@fabrikam-like.example", "5.1.10", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not "
         "found by SMTP address lookup", None, E("5.1.10", "550", "userunknown")),
        ("u.two@fabrikam-like.example", "5.2.2", "smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:"
         "QuotaExceededException.MapiExceptionShutoffQuotaExceeded", None, E("5.2.2", "554", "mailboxfull"))],
        "Virus scan results", VIRUS)
    exo("exo-spf-orig-password", [("payments@vendor.example", "5.7.23",
        "smtp;550 5.7.23 The message was rejected because of Sender Policy Framework violation",
        "mx.vendor.example", E("5.7.23", "550", "authfailure"))], "Password reset request", PW)
    exo("exo-dns-orig-fullwarning", [("team@no-such-domain.example", "5.4.310",
        "smtp;550 5.4.310 DNS domain no-such-domain.example does not exist [Message=InfoDomainNonexistent] "
        "[LastAttemptedServerName=no-such-domain.example]", None, E("5.4.310", "550", "hostunknown"))],
        "Your mailbox is full", FULL)
    exo("exo-loop-orig-unknown", [("loop@mesh.example", "5.4.14",
        "smtp;554 5.4.14 Hop count exceeded - possible mail loop ATTR34", None, E("5.4.14", "554", "networkerror"))],
        "Fwd: Undeliverable: user unknown", UNKNOWN)
    exo("exo-subj-spf-unknown", [("ops@acme-like.example", "5.1.10",
        "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient ops@acme-like.example not found by SMTP "
        "address lookup", None, E("5.1.10", "550", "userunknown"))], "SPF record fails for example.com - please fix",
        SPF)
    exo("exo-subj-autoreply-unknown", [("former@staff.example", "5.1.1",
        "smtp;550 5.1.1 <former@staff.example>: Recipient address rejected: User unknown", "mx.staff.example",
        E("5.1.1", "550", "userunknown"))], "Automatic reply: Out of office until January", VAC,
        extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Organization-AutoReply: OOF"])
    exo("exo-subj-virus-spam", [("abuse@hoster.example", "5.7.1",
        "smtp;550 5.7.1 Message rejected as spam by Content Filtering", "mx.hoster.example",
        E("5.7.1", "550", "spamdetected"))], "Virus found in your attachment", VIRUS)
    exo("exo-causes-boilerplate-toobig", [("media@press.example", "5.3.4",
        "smtp;552 5.3.4 Message size exceeds fixed maximum message size", "mx.press.example",
        E("5.3.4", "552", "mesgtoobig"))], "Photos from the event", INVOICE,
        why="The recipient's mailbox may be full, the address may not exist, or the message was treated as spam.")
    exo("exo-onprem-unknown-av-footer", [("j.doe@legacy.example", "5.1.1",
        "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##", None, E("5.1.1", "550", "userunknown"))],
        "Quarterly figures", INVOICE, style="onprem", footer=AVFOOTER)


def gmailset():
    gmail("gm-unknown-orig-spf", "ceo@startup-like.example", "mx.startup-like.example", "198.51.100.61",
          ["550 5.1.1 <ceo@startup-like.example>: Recipient address rejected: User unknown in virtual mailbox table"],
          "5.1.1", E("5.1.1", "550", "userunknown"), "SPF fail for your domain", SPF, head="notfound")
    gmail("gm-full-orig-spam", "r.kim@gmail.com", "gmail-smtp-in.l.google.com", GM_IP,
          ["552-5.2.2 The recipient's inbox is out of storage space. Please direct the",
           "552-5.2.2 recipient to", "552 5.2.2  https://support.google.com/mail/?p=OverQuotaPerm x1si99 - gsmtp"],
          "5.2.2", E("5.2.2", "552", "mailboxfull"), "Is this spam?", SPAMTXT)
    gmail("gm-blocked-head-unknown", "ex.employee@company.example", "mx.company.example", "198.51.100.62",
          ["550 5.1.1 <ex.employee@company.example>: Recipient address rejected: User unknown"],
          "5.1.1", E("5.1.1", "550", "userunknown"), "Out of office reply", VAC, head="blocked")
    gmail("gm-dmarc-orig-unsubscribe", "list@yahoo.com", "mta7.am0.yahoodns.net", "98.136.96.75",
          ["554 5.7.9 Message not accepted for policy reasons.  See https://help.yahoo.com/kb/postmaster/SLN7253.html"],
          "5.7.9", E("5.7.9", "554", "policyviolation"), "Unsubscribe link inside", UNSUB)
    gmail("gm-mailboxfull-head-notfound", "aunt.may@aol.com", "mx-aol.mail.gm0.yahoodns.net", "67.195.204.72",
          ["552 1 Requested mail action aborted, mailbox not found"], "5.0.0", E("5.0.0", "552", "userunknown"),
          "Your mailbox is full", FULL, head="notfound")
    gmail("gm-delay-orig-unknown", "desk@slowhost.example", "mx.slowhost.example", "198.51.100.63",
          ["451 4.3.0 Temporary system failure. Please try again later."], "4.3.0", E("4.3.0", "451", "expired"),
          "Re: user unknown?", UNKNOWN, head="delay")


def qmailset():
    qmail("qm-unknown-orig-mailboxfull", "bob@vps.example", "198.51.100.71",
          "550 5.1.1 <bob@vps.example>: Recipient address rejected: User unknown in local recipient table",
          E("5.1.1", "550", "userunknown"), "Your mailbox is full", FULL)
    qmail("qm-local-quota-orig-nomailbox", "eve@mail.example.com", None,
          "The users mailbox is over the allowed quota (#5.2.2)", E("5.2.2", "", "mailboxfull"),
          "Re: Sorry, no mailbox here by that name",
          "Last time your server said: Sorry, no mailbox here by that name. (#5.1.1)\nTrying again.\n", local=True)
    qmail("qm-spam-orig-unsubscribe", "orders@store.example", "198.51.100.72",
          "554 5.7.1 This message has been blocked because it contains spam",
          E("5.7.1", "554", "spamdetected"), "Unsubscribe me please", UNSUB)
    qmail("qm-local-nomailbox-orig-vacation", "gone@mail.example.com", None,
          "Sorry, no mailbox here by that name. (#5.1.1)", E("5.1.1", "", "userunknown"),
          "Vacation notice: away until Monday", VAC, local=True)


def chinese():
    cn("cn-qq-unknown-orig-spam", "qq", "nobody12345@qq.com",
       "550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728",
       E("5.0.911", "550", "userunknown"), "垃圾邮件举报 / spam report", "您好，这封邮件被标记为垃圾邮件（spam），请检查。\n")
    cn("cn-163-full-orig-virus", "163", "wang.fang@163.com",
       "552 Requested mail action aborted: exceeded mailsize limit",
       E("5.0.934", "552", "mesgtoobig"), "病毒扫描报告", "您的附件中检测到病毒 (virus)，已被删除。\n")
    cn("cn-ali-bilingual-unknown", "ali", "zhang.san@corp-ali.example.cn",
       "550 Mailbox not found. [RCPT TO:zhang.san@corp-ali.example.cn]",
       E("5.0.911", "550", "userunknown"), "Mailbox full warning / 邮箱已满", FULL,
       text_extra="可能的原因：收件人邮箱已满、地址不存在或被判定为垃圾邮件。\n"
                  "Possible causes: mailbox full, address does not exist, or spam.\n")
    cn("cn-qq-full-orig-password", "qq", "user9876@qq.com",
       "550 Mailbox is full. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000741",
       E("5.0.922", "550", "mailboxfull"), "密码重置 / password reset", "请在三天内修改您的密码，否则帐号将被停用。\n")
    cn("cn-163-unknown-orig-vacation", "163", "nobody_x@163.com", "550 User not found: nobody_x@163.com",
       E("5.0.911", "550", "userunknown"), "自动回复：休假中", "我正在休假，1月5日返回。(vacation auto-reply)\n")


def main():
    postfix()
    eximset()
    sendmailset()
    exchange()
    gmailset()
    qmailset()
    chinese()
    write_set(sys.argv[1] if len(sys.argv) > 1 else HERE, SETS)


if __name__ == "__main__":
    main()
