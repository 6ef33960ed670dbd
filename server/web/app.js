/*
 * app.js: the help desk page of `mailfix serve`.  Sends the pasted text to
 * POST /api/route and shows the answer: path, cause, side, confidence, the
 * evidence highlighted in the pasted text, the steps, notes, limitations;
 * a whole bounce is also explained per recipient (POST /api/explain), and
 * the sender's domain, when given, looked up (POST /api/check).
 * Plain JavaScript, no framework; answer text is only ever put in the page
 * with textContent (never as HTML).  English and Chinese (simplified or
 * traditional characters), following the browser's language until the
 * user picks one.
 */
'use strict';

const UI = {
  en: {
    title: 'mailfix',
    tagline: 'Paste what the user saw. Get the cause, whose side must act, and the steps.',
    language: 'Language',
    askTitle: 'The problem',
    queryLabel: 'Paste the problem description or the bounce message',
    queryHelp: 'Ctrl+Enter sends. Nothing is stored.',
    diagnose: 'Diagnose',
    working: 'Working…',
    clear: 'Clear',
    examples: 'Examples:',
    answerTitle: 'The answer',
    path: 'Path',
    cause: 'Cause',
    side: 'Whose side',
    confidence: 'Confidence',
    defaultNote: "Nothing in the text pointed anywhere: this is the decision tree's default path.",
    evidence: 'Evidence in the pasted text',
    noEvidence: 'No words of the text matched a rule.',
    steps: 'What to do',
    notes: 'Notes',
    smtp: 'SMTP replies found',
    mentions: 'Named in the text',
    limitations: 'Limitations',
    alternatives: 'Also possible',
    copy: 'Copy as JSON',
    copied: 'Copied.',
    copyFailed: 'Could not copy: select the JSON below and copy it.',
    raw: 'The answer as JSON',
    footer: 'mailfix serve · POST /api/route answers the same JSON',
    bounces: 'Recipients in the bounce',
    hard: 'the address is dead: remove it from mailing lists',
    soft: 'not a dead address',
    serverSaid: 'the server said:',
    domainLabel: "The sender's domain (optional: its DNS records are looked up)",
    dnsTitle: "In the domain's DNS",
    dnsOff: 'Looking up DNS is off on this server (it was started with --no-check).',
    dnsNothing: 'Nothing in its DNS bears on this answer.',
    dnsFailed: 'The DNS look-up failed:',
    fix: 'Fix:',
    empty: 'Paste a problem or a bounce message first.',
    network: 'The server did not answer. Is mailfix serve still running?',
    none: 'none',
    paths: {
      'email-delivery': 'Email delivery',
      'service': 'Webmail service',
      'configuration': 'Client configuration'
    },
    sides: {
      sender: ['Sender', "the sender's domain, DNS or permissions must change"],
      account: ['Account', "the mailbox account's state: an administrator must act"],
      client: ['Client', 'the mail program or code must change'],
      recipient: ['Recipient', 'the receiving side must act; settings on this side will not fix it'],
      network: ['Network', 'the network between the user and the server'],
      unknown: ['Unknown', 'not clear from the text']
    }
  },
  zh: {
    title: 'mailfix',
    tagline: '粘贴用户看到的内容，得到原因、责任方和处理步骤。',
    language: '语言',
    askTitle: '问题',
    queryLabel: '粘贴问题描述或退信内容',
    queryHelp: 'Ctrl+Enter 发送。不保存任何内容。',
    diagnose: '诊断',
    working: '处理中…',
    clear: '清空',
    examples: '示例：',
    answerTitle: '诊断结果',
    path: '路径',
    cause: '原因',
    side: '责任方',
    confidence: '置信度',
    defaultNote: '文中没有明确线索：这是决策树的默认路径。',
    evidence: '原文中的依据',
    noEvidence: '原文中没有匹配任何规则的文字。',
    steps: '处理步骤',
    notes: '注意',
    smtp: '发现的 SMTP 回复',
    mentions: '文中提到',
    limitations: '局限',
    alternatives: '其他可能',
    copy: '复制 JSON',
    copied: '已复制。',
    copyFailed: '无法复制：请选中下面的 JSON 手动复制。',
    raw: 'JSON 格式的结果',
    footer: 'mailfix serve · POST /api/route 返回同样的 JSON',
    bounces: '退信中的收件人',
    hard: '地址已失效：请从邮件列表中删除',
    soft: '不是失效地址',
    serverSaid: '对方服务器：',
    domainLabel: '发件人的域名（可选：将查询其 DNS 记录）',
    dnsTitle: '该域名的 DNS',
    dnsOff: '此服务器已关闭 DNS 查询（启动时用了 --no-check）。',
    dnsNothing: '其 DNS 中没有与此答案相关的问题。',
    dnsFailed: 'DNS 查询失败：',
    fix: '修复：',
    empty: '请先粘贴问题描述或退信内容。',
    network: '服务器没有响应。mailfix serve 还在运行吗？',
    none: '无',
    paths: {
      'email-delivery': '邮件投递',
      'service': '网页邮箱服务',
      'configuration': '客户端配置'
    },
    sides: {
      sender: ['发件方', '发件方域名、DNS 或权限需要调整'],
      account: ['账号', '账号状态问题，需要管理员处理'],
      client: ['客户端', '邮件客户端或程序需要调整'],
      recipient: ['收件方', '需要收件方处理，本方设置无法解决'],
      network: ['网络', '用户与服务器之间的网络'],
      unknown: ['未知', '从文本中无法判断']
    }
  },
  // zh in traditional characters (OpenCC s2tw, as data/zh-hant.json)
  'zh-Hant': {
    title: 'mailfix',
    tagline: '粘貼用戶看到的內容，得到原因、責任方和處理步驟。',
    language: '語言',
    askTitle: '問題',
    queryLabel: '粘貼問題描述或退信內容',
    queryHelp: 'Ctrl+Enter 發送。不保存任何內容。',
    diagnose: '診斷',
    working: '處理中…',
    clear: '清空',
    examples: '示例：',
    answerTitle: '診斷結果',
    path: '路徑',
    cause: '原因',
    side: '責任方',
    confidence: '置信度',
    defaultNote: '文中沒有明確線索：這是決策樹的默認路徑。',
    evidence: '原文中的依據',
    noEvidence: '原文中沒有匹配任何規則的文字。',
    steps: '處理步驟',
    notes: '注意',
    smtp: '發現的 SMTP 回覆',
    mentions: '文中提到',
    limitations: '侷限',
    alternatives: '其他可能',
    copy: '複製 JSON',
    copied: '已複製。',
    copyFailed: '無法複製：請選中下面的 JSON 手動複製。',
    raw: 'JSON 格式的結果',
    footer: 'mailfix serve · POST /api/route 返回同樣的 JSON',
    bounces: '退信中的收件人',
    hard: '地址已失效：請從郵件列表中刪除',
    soft: '不是失效地址',
    serverSaid: '對方服務器：',
    domainLabel: '發件人的域名（可選：將查詢其 DNS 記錄）',
    dnsTitle: '該域名的 DNS',
    dnsOff: '此服務器已關閉 DNS 查詢（啟動時用了 --no-check）。',
    dnsNothing: '其 DNS 中沒有與此答案相關的問題。',
    dnsFailed: 'DNS 查詢失敗：',
    fix: '修復：',
    empty: '請先粘貼問題描述或退信內容。',
    network: '服務器沒有響應。mailfix serve 還在運行嗎？',
    none: '無',
    paths: {
      'email-delivery': '郵件投遞',
      'service': '網頁郵箱服務',
      'configuration': '客戶端配置'
    },
    sides: {
      sender: ['發件方', '發件方域名、DNS 或權限需要調整'],
      account: ['賬號', '賬號狀態問題，需要管理員處理'],
      client: ['客戶端', '郵件客戶端或程序需要調整'],
      recipient: ['收件方', '需要收件方處理，本方設置無法解決'],
      network: ['網絡', '用戶與服務器之間的網絡'],
      unknown: ['未知', '從文本中無法判斷']
    }
  }
};

const EXAMPLES = {
  en: 'Hi, my mail to a customer bounced with: 550 5.7.1 SPF check failed for example.com, sender not authorized',
  zh: '登录网页邮箱提示 AccountDisabled，但我并没有离职啊',
  cfg: 'Outlook keeps asking for my password and will not connect to the IMAP server'
};

const TITLES = {
  en: 'mailfix: why did the mail fail?',
  zh: 'mailfix：邮件为什么发不出去？',
  'zh-Hant': 'mailfix：郵件為什麼發不出去？'
};

const $ = (id) => document.getElementById(id);
const state = { lang: 'en', lastQuery: null, lastAnswer: null, busy: false };

function pickLang() {
  try {
    const saved = window.localStorage.getItem('mailfix.lang');
    if (saved && Object.prototype.hasOwnProperty.call(UI, saved)) return saved;
  } catch (e) { /* storage may be off */ }
  const langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
  for (const l of langs) {
    const low = String(l).toLowerCase();
    if (/^zh-(hant|tw|hk|mo)\b/.test(low)) return 'zh-Hant';
    if (low.startsWith('zh')) return 'zh';
    if (low.startsWith('en')) return 'en';
  }
  return 'en';
}

function t(key) { return UI[state.lang][key]; }

function applyLang() {
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : state.lang;
  $('lang').value = state.lang;
  for (const el of document.querySelectorAll('[data-i18n]')) {
    const s = t(el.dataset.i18n);
    if (typeof s === 'string') el.textContent = s;
  }
  document.title = TITLES[state.lang];
}

function showError(msg) {
  const e = $('error');
  e.textContent = msg;
  e.hidden = !msg;
}

function fillList(ul, items) {
  ul.replaceChildren();
  for (const s of items || []) {
    const li = document.createElement('li');
    li.textContent = s;
    ul.appendChild(li);
  }
}

/*
 * The answer's evidence gives byte offsets into the UTF-8 query; JavaScript
 * strings count UTF-16 units.  Work on the UTF-8 bytes and decode each
 * slice, so that Chinese text and emoji land where the server meant.
 */
function renderEvidence(pre, query, evidence) {
  pre.replaceChildren();
  const bytes = new TextEncoder().encode(query);
  const dec = new TextDecoder('utf-8');
  const spans = (evidence || [])
    .filter((e) => Number.isInteger(e.start) && Number.isInteger(e.end) && e.start < e.end && e.end <= bytes.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // Merge overlapping spans; keep every rule id of a merged span.
  const merged = [];
  for (const e of spans) {
    const last = merged[merged.length - 1];
    if (last && e.start < last.end) {
      last.end = Math.max(last.end, e.end);
      if (!last.rules.includes(e.rule)) last.rules.push(e.rule);
    } else {
      merged.push({ start: e.start, end: e.end, rules: [e.rule] });
    }
  }
  let at = 0;
  for (const m of merged) {
    if (m.start > at) pre.appendChild(document.createTextNode(dec.decode(bytes.subarray(at, m.start))));
    const mark = document.createElement('mark');
    mark.textContent = dec.decode(bytes.subarray(m.start, m.end));
    mark.title = m.rules.join(', ');
    mark.dataset.rules = m.rules.join(' ');
    pre.appendChild(mark);
    at = m.end;
  }
  if (at < bytes.length) pre.appendChild(document.createTextNode(dec.decode(bytes.subarray(at))));
  return merged.length;
}

function render(a, query) {
  const ui = UI[state.lang];
  $('r-title').textContent = a.title || '';
  $('r-path').textContent = (ui.paths[a.path] || a.path);
  $('r-path').dataset.path = a.path;
  $('r-skill').textContent = a.skill ? '(' + a.skill + ')' : '';
  $('r-cause').textContent = a.cause || ui.none;
  $('r-cause').dataset.cause = a.cause || '';
  const side = ui.sides[a.side] || [a.side, ''];
  $('r-side').textContent = side[0];
  $('r-side').dataset.side = a.side;
  $('r-side-words').textContent = side[1] ? '— ' + side[1] : '';
  const c = typeof a.confidence === 'number' ? a.confidence : 0;
  $('r-meter').value = c;
  $('r-confidence').textContent = Math.round(c * 100) + '%';
  $('r-default').hidden = !a.default;
  const n = renderEvidence($('r-evidence'), query, a.evidence);
  $('r-no-evidence').hidden = n > 0;
  fillList($('r-steps'), a.steps);
  fillList($('r-limitations'), a.limitations);
  fillList($('r-notes'), a.notes);
  $('r-notes-box').hidden = !(a.notes && a.notes.length);
  fillList($('r-smtp'), (a.smtp || []).map((r) => [r.code, r.status, r.text].filter(Boolean).join(' ')));
  $('r-smtp-box').hidden = !(a.smtp && a.smtp.length);
  // programs, codes, hosts, ports the text names, with what each means
  // (a host the provider profiles know: whose server it is, which to use)
  fillList($('r-mentions'), (a.mentions || []).map((m) =>
    m.kind + ' ' + m.name + (m.meaning ? ': ' + m.meaning : '')));
  $('r-mentions-box').hidden = !(a.mentions && a.mentions.length);
  const alts = (a.alternatives || []).filter((x) => x.score > 0);
  fillList($('r-alternatives'), alts.map((x) => (ui.paths[x.path] || x.path) + ' (' + Math.round(x.score * 100) + '%)'));
  $('r-alt-box').hidden = alts.length === 0;
  $('r-json').textContent = JSON.stringify(a, null, 2);
  $('copied').textContent = '';
  $('answer').hidden = false;
}

/* A whole message (a bounce with its header fields) is also explained per
 * recipient by POST /api/explain. */
function looksLikeMessage(text) {
  const head = text.replace(/^\s+/, '').split(/\r?\n\r?\n/, 1)[0];
  const lines = head.split(/\r?\n/);
  const fields = lines.filter((l) => /^[A-Za-z][A-Za-z0-9-]*:[ \t]/.test(l)).length;
  return fields >= 2 && /^[A-Za-z][A-Za-z0-9-]*:[ \t]/.test(lines[0]) && /\r?\n\r?\n/.test(text);
}

function renderBounces(ex) {
  const ui = UI[state.lang];
  const ul = $('r-bounces');
  ul.replaceChildren();
  const list = (ex && ex.bounces) || [];
  for (const b of list) {
    const li = document.createElement('li');
    const who = document.createElement('strong');
    who.textContent = b.recipient || '?';
    li.appendChild(who);
    const codes = [b.status, b.reply_code].filter(Boolean).join(' / ');
    const facts = document.createElement('span');
    facts.className = 'bounce-facts';
    facts.textContent = ' ' + [codes, b.reason, b.hard ? ui.hard : ui.soft].filter(Boolean).join(' · ');
    facts.dataset.reason = b.reason || '';
    li.appendChild(facts);
    if (b.diagnostic) {
      const d = document.createElement('div');
      d.className = 'mono diag';
      d.textContent = ui.serverSaid + ' ' + b.diagnostic;
      li.appendChild(d);
    }
    ul.appendChild(li);
  }
  $('r-bounces-box').hidden = list.length === 0;
}

async function explainMessage(query) {
  try {
    const res = await fetch('/api/explain', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ message: query, lang: state.lang })
    });
    return res.ok ? await res.json() : null;
  } catch (e) {
    return null;
  }
}

/* The sender's domain, when given, is looked up by POST /api/check (off
 * unless the server allows it): the findings on the answer's path are
 * shown, those of the answer's cause first. */
function renderDns(domain, answer, status, report) {
  const ul = $('r-dns');
  const note = $('r-dns-note');
  ul.replaceChildren();
  note.textContent = '';
  $('r-dns-domain').textContent = domain;
  if (status === 403) {
    note.textContent = t('dnsOff');
  } else if (!report || status !== 200) {
    note.textContent = t('dnsFailed') + ' ' + ((report && report.error) || ('HTTP ' + status));
  } else {
    const relevant = (report.findings || []).filter((f) => f.severity !== 'info' &&
      ((answer.cause && f.cause === answer.cause) || f.path === answer.path));
    relevant.sort((a, b) => (b.cause === answer.cause) - (a.cause === answer.cause));
    for (const f of relevant) {
      const li = document.createElement('li');
      li.dataset.finding = f.id;
      const head = document.createElement('strong');
      head.textContent = f.severity + ' ' + f.id;
      li.appendChild(head);
      const title = document.createElement('div');
      title.textContent = f.title;
      li.appendChild(title);
      const fix = document.createElement('div');
      fix.className = 'mono diag';
      fix.textContent = t('fix') + ' ' + (f.fix_record ? f.fix_record.type + ' ' + f.fix_record.name + ' = ' : '') + f.fix;
      li.appendChild(fix);
      ul.appendChild(li);
    }
    if (relevant.length === 0) note.textContent = t('dnsNothing');
  }
  $('r-dns-box').hidden = false;
}

async function checkDomain(domain, answer) {
  let status = 0;
  let report = null;
  try {
    const res = await fetch('/api/check', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ domain: domain, lang: state.lang })
    });
    status = res.status;
    try { report = await res.json(); } catch (e) { report = null; }
  } catch (e) {
    status = 0;
  }
  renderDns(domain, answer, status, report);
}

async function diagnose() {
  const query = $('query').value;
  if (!query.trim()) {
    showError(t('empty'));
    $('query').focus();
    return;
  }
  if (state.busy) return;
  state.busy = true;
  showError('');
  const go = $('go');
  go.disabled = true;
  go.textContent = t('working');
  $('answer').setAttribute('aria-busy', 'true');
  try {
    const res = await fetch('/api/route', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: query, lang: state.lang })
    });
    let body = null;
    try { body = await res.json(); } catch (e) { body = null; }
    if (!res.ok || !body) {
      showError((body && body.error) ? body.error : ('HTTP ' + res.status));
      return;
    }
    state.lastQuery = query;
    state.lastAnswer = body;
    render(body, query);
    renderBounces(looksLikeMessage(query) ? await explainMessage(query) : null);
    const domain = $('domain').value.trim();
    $('r-dns-box').hidden = true;
    if (domain) await checkDomain(domain, body);
    $('answer-h').focus({ preventScroll: true });
    $('answer').scrollIntoView({ behavior: 'smooth', block: 'start' });
  } catch (e) {
    showError(t('network'));
  } finally {
    state.busy = false;
    go.disabled = false;
    go.textContent = t('diagnose');
    $('answer').removeAttribute('aria-busy');
  }
}

async function copyJson() {
  if (!state.lastAnswer) return;
  const text = JSON.stringify(state.lastAnswer, null, 2);
  let ok = false;
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      ok = true;
    }
  } catch (e) { ok = false; }
  if (!ok) {
    // Plain http on a LAN address is not a secure context: the old way.
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.style.position = 'fixed';
    ta.style.opacity = '0';
    document.body.appendChild(ta);
    ta.select();
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    ta.remove();
  }
  $('copied').textContent = ok ? t('copied') : t('copyFailed');
}

function init() {
  state.lang = pickLang();
  applyLang();
  $('answer-h').tabIndex = -1;
  $('form').addEventListener('submit', (ev) => { ev.preventDefault(); diagnose(); });
  $('query').addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); diagnose(); }
  });
  $('clear').addEventListener('click', () => {
    $('query').value = '';
    $('answer').hidden = true;
    showError('');
    state.lastAnswer = null;
    $('query').focus();
  });
  for (const b of document.querySelectorAll('[data-example]')) {
    b.addEventListener('click', () => { $('query').value = EXAMPLES[b.dataset.example]; $('query').focus(); });
  }
  $('lang').addEventListener('change', () => {
    state.lang = Object.prototype.hasOwnProperty.call(UI, $('lang').value) ? $('lang').value : 'en';
    try { window.localStorage.setItem('mailfix.lang', state.lang); } catch (e) { /* ignore */ }
    applyLang();
    // The answer's texts are in the old language: ask again in the new one.
    if (state.lastQuery !== null && !$('answer').hidden) {
      $('query').value = state.lastQuery;
      diagnose();
    }
  });
  $('copy').addEventListener('click', copyJson);
}

document.addEventListener('DOMContentLoaded', init);
