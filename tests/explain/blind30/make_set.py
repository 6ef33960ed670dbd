#!/usr/bin/env python3
"""make_set.py: writes blind30 (emails/*.eml and labels.jsonl): the same
status or reply code meaning different things at different hosts (5.7.1,
5.1.1, 5.2.1, 5.4.1, 5.5.0 and bare 550, 554, 421 4.7.0, 5.7.26/27/30,
Microsoft's 5.7.6xx, 451 4.7.1, 552), in the report formats of Postfix,
Exim, Exchange / Exchange Online, Gmail, Sendmail and qmail (see
README.md), written by blindmta.py's builders.  Deterministic.  Usage:
make_set.py [OUTDIR]."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from blindset import E, write_set  # noqa: E402
from blindmta import GM, GMIP, IP, SETS, exim, exo, gmail, gsig, pf, qmail, sendmail  # noqa: E402


def items():
    # ---- 5.7.1: one code, a dozen meanings ------------------------------
    exo("exo-notauthorized-01", "board@fabrikam.com", "5.7.1",
        "smtp;550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized", [E("5.7.1", "550", "filtered")],
        why="Your message couldn't be delivered because you weren't recognized as a valid sender. The most common "
            "reason for this is that your email address is suspected of being forged.")
    exo("exch-authrequired-02", "all-staff@corp.example.org", "5.7.1",
        "smtp;550 5.7.1 RESOLVER.RST.AuthRequired; authentication required", [E("5.7.1", "550", "securityerror")],
        style="onprem", why="Delivery to this group is restricted to authenticated senders.")
    pf("pf-exch-notauthenticated-03", "j.meyer@kanzlei-example.de", "mail.kanzlei-example.de", IP % 40,
       "530 5.7.1 Client was not authenticated", [E("5.7.1", "530", "securityerror")], cmd="MAIL FROM")
    pf("pf-exch-relay-04", "orders@supplier.example", "exchange.supplier.example", "198.51.100.23",
       "550 5.7.1 Unable to relay", [E("5.7.1", "550", "securityerror")])
    exim("exim-o365-spamhaus-05", "lena@contoso.com", "contoso-com.mail.protection.outlook.com", "52.101.40.12",
         ["550 5.7.1 Service unavailable, Client host [198.51.100.77] blocked using Spamhaus. To request removal "
          "from this list see https://www.spamhaus.org/query/ip/198.51.100.77 AS(1442) "
          "[BN1PEPF00004681.namprd05.prod.outlook.com 2025-12-02T10:41:07.118Z 08DE31A4C6F1E2B7]"],
         [E("5.7.1", "550", "blocked")])
    pf("pf-gmail-unsolicited-06", "marta.s@gmail.com", GM, GMIP,
       ["550-5.7.1 [198.51.100.14 12] Gmail has detected that this message is", "550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent",
        "550-5.7.1 to Gmail, this message has been blocked. For more information,",
        "550 5.7.1 go to https://support.google.com/mail/?p=UnsolicitedMessageError %s" % gsig(6)],
       [E("5.7.1", "550", "spamdetected")], cmd="end of DATA")
    pf("pf-gmail-directip-07", "kenji.t@gmail.com", GM, GMIP,
       ["550-5.7.1 [198.51.100.201] The IP you're using to send mail is not authorized to",
        "550-5.7.1 send email directly to our servers. Please use the SMTP relay at your",
        "550-5.7.1 service provider instead. For more information, go to",
        "550 5.7.1 https://support.google.com/mail/?p=NotAuthorizedError %s" % gsig(7)],
       [E("5.7.1", "550", "blocked")])
    pf("pf-gmail-unauth-08", "paul@workspace-client.example", "aspmx.l.google.com", "142.251.9.27",
       ["550-5.7.1 This message does not have authentication information or fails to",
        "550-5.7.1 pass authentication checks (SPF or DKIM). To best protect our users",
        "550-5.7.1 from spam, the message has been blocked. Please visit",
        "550 5.7.1 https://support.google.com/mail/answer/81126#authentication %s" % gsig(8)],
       [E("5.7.1", "550", "authfailure")], cmd="end of DATA")
    gmail("gmail-workspace-policy-09", "hr@lawfirm.example", "aspmx.l.google.com", "142.250.150.26",
          ["550 5.7.1 The user or domain that you are sending to (or from) has a policy that",
           "prohibited the mail that you sent. Please contact your domain administrator for",
           "further details. For more information, go to https://support.google.com/a/answer/172179 %s" % gsig(9)],
          [E("5.7.1", "550", "policyviolation")], head="blocked")
    pf("pf-yahoo-policy-10", "sweet_tea77@yahoo.com", "mta7.am0.yahoodns.net", "67.195.204.74",
       "554 5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes",
       [E("5.7.9", "554", "policyviolation")], cmd="end of DATA")
    pf("pf-yahoo-bl21-11", "r.gomez@yahoo.com", "mta5.am0.yahoodns.net", "98.136.96.91",
       "553 5.7.1 [BL21] Connections will not be accepted from 198.51.100.9, because the ip is in Spamhaus's list; "
       "see https://postmaster.yahooinc.com/error-codes", [E("5.7.1", "553", "blocked")], cmd="MAIL FROM")
    pf("pf-yahoo-tss04-12", "lucy.h@aol.com", "mx-aol.mail.gm0.yahoodns.net", "67.195.228.110",
       "421 4.7.0 [TSS04] Messages from 198.51.100.9 temporarily deferred due to unexpected volume or user "
       "complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes", [E("4.7.0", "421", "rejected")],
       cmd="MAIL FROM", delay=True)
    pf("pf-postfix-rcptaccess-13", "jobs@hotel-example.at", "mail.hotel-example.at", "193.0.2.44",
       "554 5.7.1 <jobs@hotel-example.at>: Recipient address rejected: Access denied",
       [E("5.7.1", "554", "userunknown")])
    pf("pf-postfix-clientaccess-14", "info@tischlerei.example", "mx01.tischlerei.example", "193.0.2.45",
       "554 5.7.1 <out2.example.net[198.51.100.31]>: Client host rejected: Access denied",
       [E("5.7.1", "554", "securityerror")])
    pf("pf-postfix-senderaccess-15", "support@vendor.example", "smtp.vendor.example", "193.0.2.46",
       "554 5.7.1 <news@letters.example.net>: Sender address rejected: Access denied",
       [E("5.7.1", "554", "rejected")])
    pf("pf-postfix-helo-16", "ana@clinic.example.pt", "mail.clinic.example.pt", "193.0.2.47",
       "504 5.5.2 <localhost.localdomain>: Helo command rejected: need fully-qualified hostname",
       [E("5.5.2", "504", "blocked")])
    exim("exim-cpanel-attachment-17", "owner@bakery.example", "mail.bakery.example", "192.0.2.180",
         ["550 5.7.1 This message was rejected because it contains a prohibited attachment type (.docm)."],
         [E("5.7.1", "550", "securityerror")], cmd="end of data")
    pf("pf-barracuda-brbl-18", "purchasing@plant.example", "d123456a.ess.barracudanetworks.com", "209.222.82.255",
       "554 5.7.1 Service unavailable; Client host [198.51.100.12] blocked using Barracuda Reputation; "
       "http://www.barracudanetworks.com/reputation/?pr=1&ip=198.51.100.12", [E("5.7.1", "554", "blocked")])
    pf("pf-icloud-cs01-19", "mia.w@icloud.com", "mx01.mail.icloud.com", "17.57.154.33",
       "554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
       [E("5.7.1", "554", "policyviolation")], cmd="end of DATA")
    exim("exim-relaynotpermitted-20", "ceo@partner.example", "mx.partner.example", "192.0.2.77",
         "550 relay not permitted", [E("5.0.909", "550", "norelaying")])
    pf("pf-outlook-s3150-21", "tomasz88@hotmail.com", "hotmail-com.olc.protection.outlook.com", "52.101.11.0",
       "550 5.7.1 Unfortunately, messages from [198.51.100.44] weren't sent. Please contact your Internet service "
       "provider since part of their network is on our block list (S3150). You can also refer your provider to "
       "http://mail.live.com/mail/troubleshooting.aspx#errors. [DB5PEPF00014B8F.eurprd02.prod.outlook.com "
       "2026-01-08T08:12:55.402Z 08DE2E4A1B3C9D10]", [E("5.7.1", "550", "blocked")])
    exo("exo-transportrule-22", "claims@insurer.example", "5.7.1",
        "smtp;550 5.7.1 Delivery not authorized, message refused", [E("5.7.1", "550", "rejected")],
        remote="insurer-example.mail.protection.outlook.com")
    sendmail("sendmail-accessdb-23", "abuse@isp.example", "mail.isp.example", "192.0.2.9",
             "550 5.7.1 <abuse@isp.example>... Access denied", [E("5.7.1", "550", "securityerror")])
    exo("exch-contentfilter-24", "press@agency.example", "5.7.1",
        "smtp;550 5.7.1 Message rejected as spam by Content Filtering.", [E("5.7.1", "550", "spamdetected")],
        style="onprem", why="Your message was rejected as spam by the recipient's content filter.")
    pf("pf-gmail-rfc5322-25", "yuki.n@gmail.com", GM, GMIP,
       ["550-5.7.1 [198.51.100.5] Our system has detected that this message is not RFC",
        "550-5.7.1 5322 compliant: 'From' header is missing. To reduce the amount of",
        "550-5.7.1 spam sent to Gmail, this message has been blocked. Please visit",
        "550 5.7.1 https://support.google.com/mail/?p=RfcMessageNonCompliant %s" % gsig(25)],
       [E("5.7.1", "550", "notcompliantrfc")], cmd="end of DATA")
    exo("exo-group-senderauth-26", "finance-approvers@tailspin.example", "5.7.133",
        "smtp;550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction "
        "check failed as sender not authenticated for group", [E("5.7.133", "550", "rejected")],
        why="The group finance-approvers only accepts messages from people in its organization or on its allowed "
            "senders list, and your email address isn't on the list.")
    exo("exo-submission-57-27", "team@northwind.example", "5.7.57",
        "smtp;530 5.7.57 Client not authenticated to send mail. [PH7PR17CA0012.namprd17.prod.outlook.com "
        "2026-02-11T14:00:03.551Z 08DE4B]", [E("5.7.57", "530", "securityerror")], remote="smtp.office365.com")
    pf("pf-exch-sendas-28", "accounts@tenant.example", "mail.tenant.example", "192.0.2.119",
       "550 5.7.60 SMTP; Client does not have permissions to send as this sender", [E("5.7.60", "550", "securityerror")],
       cmd="end of DATA")

    # ---- 5.1.1: not always an unknown user --------------------------------
    pf("pf-gmail-nosuchuser-29", "old.friend1987@gmail.com", GM, GMIP,
       ["550-5.1.1 The email account that you tried to reach does not exist. Please try",
        "550-5.1.1 double-checking the recipient's email address for typos or",
        "550-5.1.1 unnecessary spaces. For more information, go to",
        "550 5.1.1  https://support.google.com/mail/?p=NoSuchUser %s" % gsig(29)],
       [E("5.1.1", "550", "userunknown")])
    exo("exo-recipientnotfound-30", "s.koch@contoso.de", "5.1.10",
        "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient s.koch@contoso.de not found by SMTP address "
        "lookup", [E("5.1.10", "550", "userunknown")], remote="contoso-de.mail.protection.outlook.com",
        why="s.koch wasn't found at contoso.de.")
    pf("pf-virtual-userunknown-31", "kontakt@praxis.example", "mail.praxis.example", "192.0.2.61",
       "550 5.1.1 <kontakt@praxis.example>: Recipient address rejected: User unknown in virtual mailbox table",
       [E("5.1.1", "550", "userunknown")])
    pf("pf-verify-baddomain-32", "bob@exmaple.com", "smtp-relay.corp.example", "10.20.0.25",
       "550 5.1.1 <bob@exmaple.com>: Recipient address rejected: undeliverable address: Host or domain name not "
       "found. Name service error for name=exmaple.com type=A: Host not found", [E("5.1.1", "550", "userunknown")],
       host="app01.corp.example")
    pf("pf-yahoo-dd-33", "grandpa_joe1950@yahoo.com", "mta6.am0.yahoodns.net", "67.195.204.79",
       "554 delivery error: dd This user doesn't have a yahoo.com account (grandpa_joe1950@yahoo.com) [0] - "
       "mta4021.mail.gq1.yahoo.com", [E("5.0.0", "554", "userunknown")], cmd="end of DATA")
    pf("pf-yahoo-disabled-34", "cheerleader2009@yahoo.com", "mta7.am0.yahoodns.net", "67.195.204.72",
       "554 delivery error: dd Sorry your message to cheerleader2009@yahoo.com cannot be delivered. This mailbox "
       "is disabled (554.30). - mta4150.mail.bf1.yahoo.com", [E("5.0.0", "554", "suspend")], cmd="end of DATA")
    pf("pf-gmail-disabled-35", "former.intern@gmail.com", GM, GMIP,
       ["550-5.2.1 The email account that you tried to reach is disabled. Learn more at",
        "550 5.2.1  https://support.google.com/mail/?p=DisabledUser %s" % gsig(35)],
       [E("5.2.1", "550", "suspend")])
    gmail("gmail-relayed-userunknown-36", "sales@smallshop.example", "mail.smallshop.example", "192.0.2.140",
          "550 5.1.1 <sales@smallshop.example>: Recipient address rejected: User unknown in local recipient table",
          [E("5.1.1", "550", "userunknown")], head="notfound")
    pf("pf-comcast-notcustomer-37", "tbrooks@comcast.net", "mx2c1.comcast.net", "96.114.157.81",
       "550 5.1.1 Not our Customer", [E("5.1.1", "550", "userunknown")])
    pf("pf-icloud-inactive-38", "daniel.w@me.com", "mx02.mail.icloud.com", "17.57.155.23",
       "550 5.1.1 <daniel.w@me.com>: inactive email address", [E("5.1.1", "550", "userunknown")])
    sendmail("sendmail-userunknown-39", "jdoe@physics.example.edu", "mx.physics.example.edu", "192.0.2.250",
             "550 5.1.1 <jdoe@physics.example.edu>... User unknown", [E("5.1.1", "550", "userunknown")])
    exim("exim-domainnotlocal-40", "info@oldbrand.example", "mail.hosting.example", "192.0.2.33",
         "550 5.1.1 <info@oldbrand.example>: Recipient address rejected: domain oldbrand.example is not hosted here",
         [E("5.1.1", "550", "userunknown")])
    qmail("qmail-nomailbox-41", "contact@oldsite.example", "192.0.2.87",
          "550 5.1.1 sorry, no mailbox here by that name. (#5.1.1)", [E("5.1.1", "550", "userunknown")])
    pf("pf-zimbra-closed-42", "r.costa@univ.example.br", "zimbra.univ.example.br", "192.0.2.55",
       "550 5.1.1 <r.costa@univ.example.br>: Recipient address rejected: account is closed",
       [E("5.1.1", "550", "userunknown")])
    exim("exim-mailbox-disabled-43", "alumni@college.example", "mx.college.example", "192.0.2.91",
         "550 5.1.1 Mailbox is disabled", [E("5.1.1", "550", "userunknown")], with_dsn=True)

    # ---- 5.2.1 / 5.2.2 / 4.2.2 / 552: full, disabled, too big -------------
    pf("pf-host-521-full-44", "kasia@biuro.example.pl", "mx.biuro.example.pl", "192.0.2.71",
       "552 5.2.1 <kasia@biuro.example.pl>: Mailbox full", [E("5.2.1", "552", "mailboxfull")])
    exim("exim-521-disabled-45", "m.rossi@studio.example.it", "mx.studio.example.it", "192.0.2.72",
         "550 5.2.1 <m.rossi@studio.example.it>: mailbox disabled, not accepting messages",
         [E("5.2.1", "550", "filtered")])
    pf("pf-dovecot-quota-46", "lab@institute.example", "lmtp.institute.example", "192.0.2.73",
       "552 5.2.2 <lab@institute.example> Quota exceeded (mailbox for user is full)",
       [E("5.2.2", "552", "mailboxfull")], cmd="end of DATA")
    pf("pf-dovecot-quota-temp-47", "lab2@institute.example", "lmtp.institute.example", "192.0.2.73",
       "452 4.2.2 <lab2@institute.example> Quota exceeded (mailbox for user is full)",
       [E("4.2.2", "452", "mailboxfull")], cmd="end of DATA", delay=True)
    exo("exo-quota-48", "warehouse@fabrikam.example", "5.2.2",
        "smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded;"
        " Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open "
        "mailbox /o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=a81c.[EndDiagnosticData]",
        [E("5.2.2", "554", "mailboxfull")], why="The recipient's mailbox is full and can't accept messages now.")
    pf("pf-gmail-overquota-temp-49", "busy.mom@gmail.com", GM, GMIP,
       ["452-4.2.2 The recipient's inbox is out of storage space. Please direct the",
        "452-4.2.2 recipient to", "452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp %s" % gsig(49)],
       [E("4.2.2", "452", "mailboxfull")], delay=True)
    gmail("gmail-overquota-inactive-50", "old.account@gmail.com", GM, GMIP,
          ["552-5.2.2 The recipient's inbox is out of storage space and inactive. Please",
           "552-5.2.2 direct the recipient to",
           "552 5.2.2  https://support.google.com/mail/?p=OverQuotaPerm %s" % gsig(50)],
          [E("5.2.2", "552", "mailboxfull")])
    pf("pf-aol-552-notfound-51", "bluesky4@aol.com", "mx-aol.mail.gm0.yahoodns.net", "67.195.228.94",
       "552 1 Requested mail action aborted, mailbox not found", [E("5.0.0", "552", "userunknown")])
    pf("pf-host-534-size-52", "designs@print.example", "mail.print.example", "192.0.2.85",
       "552 5.3.4 Message size exceeds fixed limit", [E("5.3.4", "552", "mesgtoobig")], cmd="end of DATA")
    pf("pf-host-523-size-53", "archive@records.example", "mx.records.example", "192.0.2.86",
       "552 5.2.3 Message exceeds maximum size for this recipient", [E("5.2.3", "552", "exceedlimit")],
       cmd="end of DATA")
    gmail("gmail-sizelimit-54", "photos@family.example", "aspmx.l.google.com", "142.250.153.27",
          ["552-5.2.3 Your message exceeded Google's message size limits. Please visit",
           "552-5.2.3 https://support.google.com/mail/?p=MaxSizeError to view our size",
           "552 5.2.3 guidelines. %s" % gsig(54)], [E("5.2.3", "552", "exceedlimit")])
    qmail("qmail-databytes-55", "scans@office.example", "192.0.2.89",
          "552 sorry, that message size exceeds my databytes limit (#5.3.4)", [E("5.3.4", "552", "mesgtoobig")])
    pf("pf-host-storage-56", "team@coop.example", "mail.coop.example", "192.0.2.90",
       "452 4.3.1 Insufficient system storage", [E("4.3.1", "452", "systemfull")], cmd="MAIL FROM", delay=True)
    pf("pf-host-552-quota-nocode-57", "office@notary.example", "mail.notary.example", "192.0.2.92",
       "552 Mailbox quota exceeded for this recipient", [E("5.0.0", "552", "mailboxfull")], cmd="end of DATA")
    exim("exim-452-toomanyrcpt-58", "list-member-a@club.example", "mx.club.example", "192.0.2.93",
         "452 4.5.3 Too many recipients", [E("4.5.3", "452", "expired")], delay=True)

    # ---- 5.4.1 -----------------------------------------------------------
    pf("pf-o365-dbeb-59", "hannah.b@northwind.example", "northwind-example.mail.protection.outlook.com", "52.101.68.3",
       "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [AM4PEPF00027A6C.eurprd04.prod.outlook.com "
       "2026-01-19T09:14:22.871Z 08DE37C0F1A2B3C4]", [E("5.4.1", "550", "userunknown")])
    exim("exim-o365-dbeb-60", "ap@litware.example", "litware-example.mail.protection.outlook.com", "52.101.9.14",
         ["550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [SN1PEPF0002BA4F.namprd03.prod.outlook.com"
          " 2025-12-09T16:02:40.113Z 08DE3D2C8A6B7E55]"], [E("5.4.1", "550", "userunknown")], with_dsn=True)
    gmail("gmail-o365-dbeb-61", "intake@adatum.example", "adatum-example.mail.protection.outlook.com", "52.101.42.8",
          "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [CO1PEPF000044F3.namprd05.prod.outlook.com"
          " 2026-02-03T11:45:09.004Z 08DE44B1C2D3E4F5]", [E("5.4.1", "550", "userunknown")], head="notfound")
    exo("exo-relay-64-62", "partner@external.example", "5.7.64",
        "smtp;550 5.7.64 TenantAttribution; Relay Access Denied [SN1NAM02FT0012.eop-nam02.prod.protection.outlook.com]",
        [E("5.7.64", "550", "norelaying")], remote="contoso-com.mail.protection.outlook.com")

    # ---- 5.5.0 and bare 550 at hosts that use it for everything ----------
    pf("pf-outlook-550-mailboxunavailable-63", "surfer_dude22@outlook.com", "outlook-com.olc.protection.outlook.com",
       "52.101.73.10", "550 5.5.0 Requested action not taken: mailbox unavailable (-1687228364:2864:-2147467259)",
       [E("5.5.0", "550", "userunknown")])
    pf("pf-qq-mailboxnotfound-64", "1234567890@qq.com", "mx3.qq.com", "183.47.101.192",
       "550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728",
       [E("5.0.0", "550", "userunknown")])
    pf("pf-qq-frequency-65", "88776655@qq.com", "mx2.qq.com", "183.47.101.193",
       "550 Ip frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000722",
       [E("5.0.0", "550", "toomanyconn")], cmd="MAIL FROM")
    pf("pf-163-dt-spam-66", "li_wei@163.com", "163mx01.mxmail.netease.com", "220.181.12.61",
       "550 Mail content denied. http://mail.163.com/help/help_spam_16.htm?ip=198.51.100.8&hostid=mx01&time=1767000000",
       [E("5.0.0", "550", "spamdetected")], cmd="end of DATA")
    exim("exim-administrative-67", "contact@museum.example", "mx.museum.example", "192.0.2.201",
         "550 Administrative prohibition", [E("5.0.918", "550", "rejected")])
    pf("pf-nosuchuser-here-68", "webmaster@garden.example", "mail.garden.example", "192.0.2.202",
       "550 No such user here", [E("5.0.0", "550", "userunknown")])
    pf("pf-ms-smtpsvc-69", "frontdesk@motel.example", "smtp.motel.example", "192.0.2.203",
       "550 Requested action not taken: mailbox unavailable", [E("5.0.0", "550", "userunknown")])
    pf("pf-highprob-spam-70", "editor@journal.example", "mx.journal.example", "192.0.2.204",
       "550 High probability of spam", [E("5.0.0", "550", "spamdetected")], cmd="end of DATA")
    pf("pf-550-relayplain-71", "contact@winery.example", "mail.winery.example", "192.0.2.205",
       "554 5.7.1 <contact@winery.example>: Relay access denied", [E("5.7.1", "554", "norelaying")])
    pf("pf-mimecast-envelope-72", "tenders@council.example.gov.uk", "eu-smtp-inbound-1.mimecast.com", "195.130.217.33",
       "550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550 "
       "[aBcD3fGhIjK_LmNoPqRsTg.uk50]", [E("5.0.0", "550", "onhold")])

    # ---- 421 / 4.7.0 at Gmail and elsewhere -------------------------------
    pf("pf-gmail-ratelimit-73", "newsletter.reader@gmail.com", GM, GMIP,
       ["421-4.7.0 [198.51.100.60      15] Our system has detected an unusual rate of",
        "421-4.7.0 unsolicited mail originating from your IP address. To protect our",
        "421-4.7.0 users from spam, mail sent from your IP address has been temporarily",
        "421-4.7.0 rate limited. Please visit",
        "421 4.7.0  https://support.google.com/mail/?p=UnsolicitedRateLimitError %s" % gsig(73)],
       [E("4.7.0", "421", "blocked")], delay=True)
    pf("pf-gmail-lowrep-74", "cousin.amy@gmail.com", GM, GMIP,
       ["421-4.7.0 [198.51.100.61      15] Our system has detected that this message is",
        "421-4.7.0 suspicious due to the very low reputation of the sending IP address.",
        "421-4.7.0 To best protect our users from spam, the message has been blocked.",
        "421 4.7.0 Please visit https://support.google.com/mail/answer/188131 %s" % gsig(74)],
       [E("4.7.0", "421", "badreputation")], delay=True, cmd="end of DATA")
    pf("pf-gmail-tryagain-75", "dev.team@gmail.com", GM, GMIP,
       "421-4.7.0 Try again later, closing connection. (EHLO) %s" % gsig(75), [E("4.7.0", "421", "blocked")],
       delay=True, cmd="EHLO")
    pf("pf-anvil-toomany-76", "desk@newsroom.example", "mx.newsroom.example", "192.0.2.210",
       "421 4.7.0 mx.newsroom.example Error: too many connections from 198.51.100.70",
       [E("4.7.0", "421", "toomanyconn")], delay=True, cmd="EHLO")
    exim("exim-ratelimit-77", "orders@webshop.example", "mx.webshop.example", "192.0.2.211",
         "421 4.7.0 Too many concurrent SMTP connections from this IP address; please try again later",
         [E("4.0.0", "421", "toomanyconn")], cmd="SMTP connection", delay=True, with_dsn=True)
    pf("pf-gmail-tls-78", "security@bank-client.example", "aspmx.l.google.com", "142.250.102.26",
       "530 5.7.0 Must issue a STARTTLS command first. %s" % gsig(78), [E("5.7.0", "530", "syntaxerror")],
       cmd="MAIL FROM")

    # ---- 5.7.26 / 5.7.27 / 5.7.30 and their temporary forms --------------
    pf("pf-gmail-unauth-26-79", "priya.r@gmail.com", GM, GMIP,
       ["550-5.7.26 This mail has been blocked because the sender is unauthenticated.",
        "550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.",
        "550-5.7.26", "550-5.7.26  Authentication results:",
        "550-5.7.26  DKIM = did not pass", "550-5.7.26  SPF [letters.example.net] with ip: [198.51.100.80] = did not pass",
        "550-5.7.26", "550-5.7.26  For instructions on setting up authentication, go to",
        "550 5.7.26  https://support.google.com/mail/answer/81126#authentication %s" % gsig(79)],
       [E("5.7.26", "550", "authfailure")], cmd="end of DATA")
    pf("pf-gmail-dmarc-26-80", "h.fischer@gmail.com", GM, GMIP,
       ["550-5.7.26 Unauthenticated email from example.org is not accepted due to domain's",
        "550-5.7.26 DMARC policy. Please contact the administrator of example.org domain",
        "550-5.7.26 if this was a legitimate mail. To learn about the DMARC initiative, go",
        "550 5.7.26  https://support.google.com/mail/?p=DmarcRejection %s" % gsig(80)],
       [E("5.7.26", "550", "authfailure")], cmd="end of DATA")
    pf("pf-gmail-unauth-4726-81", "coach.b@gmail.com", GM, GMIP,
       ["421-4.7.26 This mail has been rate limited because it is unauthenticated. Gmail",
        "421-4.7.26 requires all senders to authenticate with either SPF or DKIM.",
        "421-4.7.26", "421-4.7.26  Authentication results:", "421-4.7.26  DKIM = did not pass",
        "421-4.7.26  SPF [shop.example] with ip: [198.51.100.81] = did not pass", "421-4.7.26",
        "421 4.7.26  https://support.google.com/mail/answer/81126#authentication %s" % gsig(81)],
       [E("4.7.26", "421", "speeding")], delay=True, cmd="end of DATA")
    pf("pf-gmail-spf-27-82", "eva.l@gmail.com", GM, GMIP,
       ["550-5.7.27 This mail has been blocked because the sender is unauthenticated.",
        "550-5.7.27 Gmail requires all bulk senders to authenticate with SPF.",
        "550-5.7.27", "550-5.7.27  Authentication results:",
        "550-5.7.27  SPF [letters.example.net] with ip: [198.51.100.82] = did not pass",
        "550 5.7.27  https://support.google.com/mail/answer/81126#authentication %s" % gsig(82)],
       [E("5.7.27", "550", "authfailure")], cmd="end of DATA")
    pf("pf-postfix-nullmx-27-83", "helpdesk@partner-it.example", "mx.partner-it.example", "192.0.2.220",
       "550 5.7.27 <ops@example.org>: Sender address rejected: Domain example.org does not accept mail (nullMX)",
       [E("5.7.27", "550", "notaccept")])
    pf("pf-gmail-dkim-30-84", "noah.k@gmail.com", GM, GMIP,
       ["550-5.7.30 This mail has been blocked because DKIM does not pass. Gmail",
        "550-5.7.30 requires all large senders to authenticate with DKIM.",
        "550-5.7.30", "550-5.7.30  Authentication results:",
        "550-5.7.30  DKIM = did not pass", "550-5.7.30",
        "550 5.7.30  https://support.google.com/mail/answer/81126#authentication %s" % gsig(84)],
       [E("5.7.30", "550", "authfailure")], cmd="end of DATA")
    pf("pf-gmail-dkim-4730-85", "olivia.m@gmail.com", GM, GMIP,
       ["421-4.7.30 This mail has been rate limited because DKIM does not pass. Gmail",
        "421-4.7.30 requires all large senders to authenticate with DKIM.",
        "421 4.7.30  https://support.google.com/mail/answer/81126#authentication %s" % gsig(85)],
       [E("4.7.30", "421", "speeding")], delay=True, cmd="end of DATA")
    pf("pf-requiretls-30-86", "legal@counsel.example", "mx.counsel.example", "192.0.2.221",
       "550 5.7.30 REQUIRETLS support required", [E("5.7.30", "550", "securityerror")], cmd="MAIL FROM")

    # ---- Microsoft's 5.7.5xx / 5.7.6xx / 4.7.5xx-6xx ----------------------
    pf("pf-outlook-606-87", "gamer_kid09@outlook.com", "outlook-com.olc.protection.outlook.com", "52.101.73.11",
       "550 5.7.606 Access denied, banned sending IP [198.51.100.90]. To request removal from this list please "
       "visit https://sender.office.com/ and follow the directions. For more information please go to  "
       "http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430) [AM2PEPF0001C70E.eurprd05.prod.outlook.com "
       "2026-03-02T07:31:44.912Z 08DE5A]", [E("5.7.606", "550", "blocked")])
    exim("exim-o365-648-88", "kyle@woodgrove.example", "woodgrove-example.mail.protection.outlook.com", "52.101.194.2",
         ["550 5.7.648 Access denied, banned sending IP [198.51.100.91]. To request removal from this list please",
          "visit https://sender.office.com/ and follow the directions. AS(1430)"],
         [E("5.7.648", "550", "blocked")], cmd="MAIL FROM")
    pf("pf-o365-reputation-4650-89", "reception@hotelchain.example", "hotelchain-example.mail.protection.outlook.com",
       "52.101.10.5", "451 4.7.650 The mail server [198.51.100.92] has been temporarily rate limited due to IP "
       "reputation. For e-mail delivery information, see https://postmaster.live.com (S775) "
       "[Name=Protocol Filter Agent][AGT=PFA][MxId=11BA8C74AB2F1C9E] [BN2PEPF000044A5.namprd04.prod.outlook.com "
       "2026-01-23T22:01:13.009Z 08DE3A]", [E("4.7.650", "451", "badreputation")], delay=True, cmd="MAIL FROM")
    pf("pf-o365-4500-busy-90", "bookings@travel.example", "travel-example.mail.protection.outlook.com", "52.101.10.6",
       "451 4.7.500 Server busy. Please try again later from [198.51.100.93]. (S77714) "
       "[DM6NAM04FT064.eop-NAM04.prod.protection.outlook.com]", [E("4.7.500", "451", "systemerror")], delay=True,
       cmd="MAIL FROM")
    pf("pf-o365-511-bannedsender-91", "vendor-portal@fabrikam.example", "fabrikam-example.mail.protection.outlook.com",
       "52.101.10.7", "550 5.7.511 Access denied, banned sender[198.51.100.94]. To request removal from this list, "
       "forward this message to delist@microsoft.com. For more information please go to "
       "http://go.microsoft.com/fwlink/?LinkId=526653. AS(1410)", [E("5.7.511", "550", "blocked")], cmd="MAIL FROM")
    pf("pf-outlook-515-auth-92", "jpark@hotmail.com", "hotmail-com.olc.protection.outlook.com", "52.101.11.2",
       "550 5.7.515 Access denied, sending domain [LETTERS.EXAMPLE.NET] does not meet the required authentication "
       "level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for "
       "the sender. To learn more, go to https://go.microsoft.com/fwlink/?LinkId=2305920",
       [E("5.7.515", "550", "authfailure")], cmd="end of DATA")

    # ---- 450/451 4.7.1 and 4.2.0: greylisting, policy, reverse DNS --------
    pf("pf-postgrey-93", "events@conference.example", "mail.conference.example", "192.0.2.230",
       "450 4.2.0 <events@conference.example>: Recipient address rejected: Greylisted, see "
       "http://postgrey.schweikert.ch/help/conference.example.html", [E("4.2.0", "450", "expired")], delay=True)
    pf("pf-rspamd-greylist-94", "staff@school.example", "mx.school.example", "192.0.2.231",
       "451 4.7.1 Try again later", [E("4.7.1", "451", "blocked")], delay=True, cmd="end of DATA")
    exim("exim-greylist-95", "sec@club.example", "mail.club.example", "192.0.2.232",
         "451 4.7.1 Greylisted, please try again in 5 minutes", [E("4.7.1", "451", "expired")], delay=True)
    pf("pf-ptr-4501-96", "booking@guesthouse.example", "mail.guesthouse.example", "192.0.2.233",
       "450 4.7.1 Client host rejected: cannot find your hostname, [198.51.100.96]",
       [E("4.7.1", "450", "requireptr")], delay=True, cmd="EHLO")
    pf("pf-ptr-5501-97", "parts@garage.example", "mx.garage.example", "192.0.2.234",
       "550 5.7.1 Client host rejected: cannot find your reverse hostname, [198.51.100.97]",
       [E("5.7.1", "550", "requireptr")], cmd="EHLO")
    pf("pf-policyd-rate-98", "anyone@bigcorp.example", "smtp.hoster.example", "192.0.2.235",
       "451 4.7.1 <news@letters.example.net>: Sender address rejected: Rate limit exceeded for this sender, "
       "please retry later", [E("4.7.1", "451", "blocked")], delay=True, host="smtp-out2.example.net")
    pf("pf-spf-temperror-99", "info@museum-shop.example", "mx.museum-shop.example", "192.0.2.236",
       "451 4.7.1 <billing@shop.example>: Sender address rejected: SPF temporary error, please try again later",
       [E("4.7.1", "451", "blocked")], delay=True)

    # ---- plain text forms (a pasted or forwarded bounce) -----------------
    pf("pf-plain-yahoo-policy-100", "tinkerbell_22@yahoo.com", "mta6.am0.yahoodns.net", "67.195.204.77",
       "554 5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes",
       [E("5.7.9", "554", "policyviolation")], cmd="end of DATA", plain=True)
    pf("pf-plain-o365-dbeb-101", "no-longer-here@adventure-works.example",
       "adventureworks-example.mail.protection.outlook.com", "52.101.68.9",
       "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [VI1EUR04FT012.eop-eur04.prod.protection."
       "outlook.com 2026-02-27T12:00:00.000Z 08DE59]", [E("5.4.1", "550", "userunknown")], plain=True)


items()

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    write_set(out, SETS)
