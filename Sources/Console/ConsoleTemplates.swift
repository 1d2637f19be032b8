/// The console's Mustache templates and stylesheet, compiled into the binary: nothing to
/// install beside `ferry`, nothing fetched from elsewhere, no script. `{{x}}` is
/// HTML-escaped; `{{{body}}}` only ever holds a page these templates rendered.
enum ConsoleTemplates {
    static let all: [String: String] = [
        "layout": layout, "overview": overview, "failures": failures, "file": file, "files": files, "lineage": lineage,
        "amended": amended, "dryrun": dryRun, "excerpt": excerpt, "message": message, "errortable": errorTable,
    ]

    static let layout = """
        <!doctype html>
        <html lang="{{lang}}"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · {{t.title}}</title><link rel="stylesheet" href="/style.css"></head>
        <body><header><nav><a class="brand" href="/">Ferry</a>
        <a href="/">{{t.overview}}</a><a href="/failures">{{t.failures}}</a><a href="/files">{{t.files}}</a>
        <a href="/lineage">{{t.lineage}}</a><a href="/amended">{{t.amended}}</a></nav></header>
        <main>{{#flash}}<p class="flash">{{flash}}</p>{{/flash}}{{{body}}}</main></body></html>
        """

    static let overview = """
        <h1>{{t.overview}}</h1>
        {{#attention}}<p class="status bad" id="attention">{{attention}}</p>{{/attention}}
        {{^attention}}<p class="status good" id="attention">{{t.allWell}}</p>{{/attention}}
        <p class="muted">{{lastRun}}</p>
        <div class="cards">{{#flows}}
        <section class="card" id="flow-{{name}}"><h2>{{name}}{{#disabled}} <span class="tag">{{t.disabled}}</span>{{/disabled}}</h2>
        <dl><dt>{{t.today}}</dt><dd>{{today}}</dd><dt>{{t.week}}</dt><dd>{{week}}</dd><dt>{{t.allTime}}</dt><dd>{{allTime}}</dd></dl>
        {{#has_missing}}<ul class="missing">{{#missing}}<li class="status bad">{{text}}</li>{{/missing}}</ul>{{/has_missing}}
        {{#has_waiting}}<h3>{{t.waiting}}</h3>{{/has_waiting}}<ul>{{#waiting}}<li>{{name}}: <span class="muted">{{reason}}</span></li>{{/waiting}}</ul>
        {{#has_inProgress}}<h3>{{t.inProgress}}</h3>{{/has_inProgress}}<ul>{{#inProgress}}<li><a href="/files/{{id}}">#{{id}} {{file}}</a></li>{{/inProgress}}</ul>
        {{#has_failed}}<h3 class="bad">{{t.failuresAwaiting}}</h3>{{/has_failed}}
        <ul>{{#failed}}<li><a href="/files/{{id}}">#{{id}} {{file}}</a> <span class="tag bad">{{outcome}}</span> <span class="muted">{{at}}</span>{{#firstError}}<br><span class="error">{{firstError}}</span>{{/firstError}}</li>{{/failed}}</ul>
        {{#has_amended}}<h3 class="warn">{{t.amendedAwaiting}}</h3>{{/has_amended}}
        <ul>{{#amended}}<li><a href="/files/{{fileId}}">#{{fileId}}</a> {{key}}: <span class="muted">{{reason}}</span></li>{{/amended}}</ul>
        </section>{{/flows}}</div>
        """

    static let failures = """
        <h1>{{t.failuresAwaiting}}</h1>
        {{^failed}}<p class="status good">{{t.allWell}}</p>{{/failed}}
        {{#failed}}<section class="card failure" id="failure-{{id}}">
        <h2><a href="/files/{{id}}">#{{id}} {{file}}</a> <span class="tag bad">{{outcome}}</span></h2>
        <p class="muted">{{flow}} · {{t.attempt}} {{attempt}} · {{at}}</p>
        <ul class="errors">{{#errors}}<li>{{.}}</li>{{/errors}}</ul>
        <div class="actions">
        <form method="get" action="/files/{{id}}/reprocess"><button type="submit">{{t.reprocess}}…</button></form>
        <form method="post" action="/files/{{id}}/resolve"><input type="hidden" name="csrf" value="{{csrf}}">
        <input name="reason" required placeholder="{{t.reason}}" aria-label="{{t.reason}}"><button type="submit">{{t.resolve}}</button></form>
        </div></section>{{/failed}}
        """

    static let file = """
        <h1>#{{id}} {{name}}</h1>
        <dl class="facts"><dt>{{t.flow}}</dt><dd>{{flow}}</dd><dt>{{t.outcome}}</dt><dd><span class="tag {{outcomeClass}}" id="outcome">{{outcome}}</span></dd>
        <dt>{{t.attempt}}</dt><dd>{{attempt}}</dd><dt>{{t.received}}</dt><dd>{{received}}</dd><dt>{{t.processed}}</dt><dd>{{processed}}</dd>
        {{#resolved}}<dt>{{t.resolvedBy}}</dt><dd>{{resolved}}</dd>{{/resolved}}
        <dt>{{t.input}}</dt><dd>{{#input}}<a href="/files/{{id}}/input">{{input}}</a>{{/input}}{{#pruned}}<span class="tag pruned" id="pruned">{{pruned}}</span>{{/pruned}} ({{size}} B)</dd></dl>
        {{#has_errors}}<h2>{{t.errors}}</h2>{{> errortable}}{{/has_errors}}
        <div class="actions">
        <form method="get" action="/files/{{id}}/reprocess"><button type="submit">{{t.reprocess}}…</button>
        <label><input type="checkbox" name="force" value="1"> {{t.force}}</label></form>
        {{#canResolve}}<form method="post" action="/files/{{id}}/resolve"><input type="hidden" name="csrf" value="{{csrf}}">
        <input name="reason" required placeholder="{{t.reason}}" aria-label="{{t.reason}}"><button type="submit">{{t.resolve}}</button></form>{{/canResolve}}
        </div>
        <h2>{{t.documents}} ({{documentCount}})</h2>
        <div class="scroll"><table><thead><tr><th>#</th><th>{{t.key}}</th><th>{{t.outcome}}</th><th>{{t.reason}}</th><th>{{t.outputs}}</th></tr></thead><tbody>
        {{#documents}}<tr><td>{{ordinal}}</td><td>{{key}}</td><td><span class="tag {{outcomeClass}}">{{outcome}}</span></td><td>{{reason}}
        {{#has_errors}}{{> errortable}}{{/has_errors}}</td>
        <td>{{#outputs}}{{#exportId}}<a href="/exports/{{exportId}}">{{path}}</a>{{/exportId}}{{^exportId}}{{path}}{{/exportId}}<br>{{/outputs}}</td></tr>{{/documents}}
        </tbody></table></div>
        {{#moreDocuments}}<p class="muted">{{moreDocuments}}</p>{{/moreDocuments}}
        {{#has_exports}}<h2>{{t.outputs}}</h2>{{/has_exports}}
        <ul>{{#exports}}<li><a href="/exports/{{id}}">{{target}}: {{path}}</a> <span class="muted">{{key}} · {{t.attempt}} {{attempt}}</span></li>{{/exports}}</ul>
        <h2>{{t.attempts}}</h2>
        <div class="scroll"><table><thead><tr><th>{{t.attempt}}</th><th>{{t.time}}</th><th>{{t.trigger}}</th><th>{{t.reason}}</th><th>{{t.outcome}}</th><th>{{t.input}}</th></tr></thead><tbody>
        {{#attempts}}<tr><td>{{number}}</td><td>{{at}}</td><td>{{trigger}}{{#forced}} (force){{/forced}}</td><td>{{reason}}</td><td>{{outcome}}</td><td>{{input}}</td></tr>{{/attempts}}
        </tbody></table></div>
        {{#has_acknowledgements}}<h2>{{t.acknowledgedChanges}}</h2>
        <ul id="acknowledged">{{#acknowledgements}}<li>{{key}}: {{at}}, {{reason}} <span class="muted">{{by}}</span></li>{{/acknowledgements}}</ul>{{/has_acknowledgements}}
        """

    static let errorTable = """
        <table class="errortable"><thead><tr><th>{{t.code}}</th><th>{{t.location}}</th><th>{{t.message}}</th><th>{{t.hint}}</th></tr></thead><tbody>
        {{#errors}}<tr class="error"><td><code>{{code}}</code></td><td>{{location}}</td><td>{{message}}</td><td>{{hint}}</td></tr>{{/errors}}</tbody></table>
        """

    static let files = """
        <h1>{{t.files}}</h1>
        <form method="get" action="/files" class="filters">
        <label>{{t.flow}} <select name="flow"><option value="">{{t.any}}</option>{{#flows}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/flows}}</select></label>
        <label>{{t.outcome}} <select name="outcome"><option value="">{{t.any}}</option>{{#outcomes}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/outcomes}}</select></label>
        <label>{{t.date}} <input type="date" name="date" value="{{date}}"></label>
        <label>{{t.searchName}} <input name="q" value="{{q}}"></label>
        <button type="submit">{{t.filter}}</button></form>
        {{^rows}}<p>{{t.noFiles}}</p>{{/rows}}
        {{#has_rows}}<div class="scroll"><table><thead><tr><th>#</th><th>{{t.file}}</th><th>{{t.flow}}</th><th>{{t.outcome}}</th><th>{{t.received}}</th></tr></thead><tbody>{{/has_rows}}
        {{#rows}}<tr><td><a href="/files/{{id}}">{{id}}</a></td><td><a href="/files/{{id}}">{{file}}</a></td><td>{{flow}}</td><td><span class="tag {{outcomeClass}}">{{outcome}}</span>{{#pruned}} <span class="tag pruned">{{pruned}}</span>{{/pruned}}</td><td>{{received}}</td></tr>{{/rows}}
        {{#has_rows}}</tbody></table></div>{{/has_rows}}
        {{#next}}<p><a id="older" href="{{next}}">{{t.older}}</a></p>{{/next}}
        """

    static let lineage = """
        <h1>{{t.lineage}}</h1>
        <form method="get" action="/lineage" class="filters"><label>{{t.lineagePrompt}} <input name="key" value="{{key}}" required></label>
        <button type="submit">{{t.search}}</button></form>
        {{#none}}<p>{{none}}</p>{{/none}}
        {{#has_lines}}<ol class="timeline">{{/has_lines}}{{#lines}}<li><strong>{{key}}</strong> — <a href="/files/{{fileId}}">#{{fileId}} {{file}}</a> ({{flow}}) · {{received}} · {{t.attempt}} {{attempt}} {{why}} → <span class="tag {{outcomeClass}}">{{outcome}}</span>
        {{#detail}}<br><span class="muted">{{detail}}</span>{{/detail}}{{#outputs}}<br>→ {{.}}{{/outputs}}</li>{{/lines}}{{#has_lines}}</ol>{{/has_lines}}
        {{#has_entries}}<h2>{{t.activity}}</h2><div class="scroll"><table><thead><tr><th>{{t.time}}</th><th>{{t.flow}}</th><th>{{t.file}}</th><th>{{t.action}}</th><th></th></tr></thead><tbody>{{/has_entries}}
        {{#entries}}<tr><td>{{at}}</td><td>{{flow}}</td><td>{{#fileId}}<a href="/files/{{fileId}}">#{{fileId}}</a>{{/fileId}}</td><td>{{action}}</td><td>{{detail}}</td></tr>{{/entries}}
        {{#has_entries}}</tbody></table></div>{{/has_entries}}
        """

    static let amended = """
        <h1>{{t.amendedAwaiting}}</h1>
        {{^items}}<p class="status good">{{t.allWell}}</p>{{/items}}
        {{#items}}<section class="card" id="amended-{{fileId}}-{{key}}"><h2><a href="/files/{{fileId}}">#{{fileId}} {{file}}</a> · {{key}}</h2>
        <p>{{reason}}</p>
        <form method="post" action="/amended/acknowledge"><input type="hidden" name="csrf" value="{{csrf}}">
        <input type="hidden" name="file" value="{{fileId}}"><input type="hidden" name="key" value="{{key}}">
        <input name="reason" required placeholder="{{t.reason}}" aria-label="{{t.reason}}"><button type="submit">{{t.acknowledge}}</button></form>
        </section>{{/items}}
        """

    static let dryRun = """
        <h1>{{t.reprocess}}: <a href="/files/{{id}}">#{{id}} {{name}}</a></h1>
        <h2>{{t.dryRunHeading}}</h2>
        <p id="would-outcome">{{outcome}}</p>
        {{#has_errors}}{{> errortable}}{{/has_errors}}
        {{#skipped}}<p class="warn">{{.}}</p>{{/skipped}}
        <div class="scroll"><table><thead><tr><th>{{t.key}}</th><th>{{t.target}}</th><th>{{t.wouldDo}}</th><th></th></tr></thead><tbody>
        {{#lines}}<tr><td>{{key}}</td><td>{{target}}</td><td><span class="tag {{actionClass}}">{{action}}</span></td><td>{{detail}}{{#has_diff}}<pre class="diff">{{#diff}}{{.}}
        {{/diff}}</pre>{{/has_diff}}</td></tr>{{/lines}}</tbody></table></div>
        <form method="post" action="/files/{{id}}/reprocess" class="confirm"><input type="hidden" name="csrf" value="{{csrf}}">
        {{#force}}<input type="hidden" name="force" value="1">{{/force}}
        <label>{{t.reason}} <input name="reason" required></label><button type="submit" id="confirm">{{t.confirm}}</button></form>
        """

    static let excerpt = """
        <h1>{{heading}}</h1><p class="muted">{{path}} · {{size}} B{{#fileId}} · <a href="/files/{{fileId}}">#{{fileId}}</a>{{/fileId}}</p>
        {{#capped}}<p class="warn">{{capped}}</p>{{/capped}}<pre class="excerpt">{{text}}</pre>
        """

    static let message = """
        <h1>{{heading}}</h1><p>{{text}}</p>{{#back}}<p><a href="{{back}}">←</a></p>{{/back}}
        """

    static let stylesheet = """
        :root{--fg:#1d2330;--muted:#5b6577;--bg:#f6f7f9;--card:#fff;--line:#d9dde4;--good:#1c7c3a;--bad:#b42318;--warn:#9a5b00;--link:#1f5fbf}
        *{box-sizing:border-box}body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
        header{background:#1d2330}nav{display:flex;flex-wrap:wrap;gap:.2rem 1rem;padding:.6rem 1rem;max-width:72rem;margin:auto}
        nav a{color:#e9edf3;text-decoration:none}nav a.brand{font-weight:700;margin-right:1rem}nav a:hover{text-decoration:underline}
        main{max-width:72rem;margin:auto;padding:1rem}a{color:var(--link)}h1{font-size:1.4rem;margin:.4rem 0 1rem}h2{font-size:1.1rem;margin:1.2rem 0 .5rem}h3{font-size:1rem;margin:.8rem 0 .3rem}
        .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(20rem,1fr));gap:1rem}
        .card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.8rem 1rem;margin-bottom:1rem}.card h2{margin-top:0}
        dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}dt{color:var(--muted)}dd{margin:0}
        .status{padding:.6rem 1rem;border-radius:8px;font-weight:600}.status.good{background:#e5f4ea;color:var(--good)}.status.bad{background:#fdecea;color:var(--bad)}
        .tag{display:inline-block;padding:0 .45rem;border-radius:99px;background:#eceff3;font-size:.85em}.tag.good{background:#e5f4ea;color:var(--good)}
        .tag.bad{background:#fdecea;color:var(--bad)}.tag.warn{background:#fff3dc;color:var(--warn)}.bad{color:var(--bad)}.warn{color:var(--warn)}.muted{color:var(--muted)}
        .error{color:var(--bad)}.flash{background:#e8f0fc;border:1px solid #bcd0f3;padding:.6rem 1rem;border-radius:8px}
        table{border-collapse:collapse;width:100%;background:var(--card)}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
        th{color:var(--muted);font-weight:600}.scroll{overflow-x:auto}.errortable{margin:.3rem 0;font-size:.92em}
        .actions,.filters{display:flex;flex-wrap:wrap;gap:.6rem;align-items:center;margin:.8rem 0}form{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;margin:0}
        input,select,button{font:inherit;padding:.35rem .5rem;border:1px solid var(--line);border-radius:6px;background:#fff}
        button{background:var(--link);color:#fff;border-color:var(--link);cursor:pointer}button:hover{filter:brightness(1.1)}
        pre{background:#0f1420;color:#e6e9ef;padding:.8rem;border-radius:8px;overflow:auto;max-height:70vh;font-size:.88em}
        ol.timeline li{margin:.5rem 0}code{font-size:.92em}
        @media (max-width:40rem){main{padding:.6rem}.cards{grid-template-columns:1fr}th,td{padding:.3rem}dl{grid-template-columns:1fr}}
        """
}
