import Diagnostics
import Engine
import FlyingFox
import Foundation

/// The HTML pages: Overview, Failures (Resolve, Reprocess after its dry run), File, Files,
/// Lineage, Amended after export (Acknowledge).
struct ConsoleRoutes {
    let console: ConsoleServer
    var pages: ConsolePages { console.pages }

    func route(_ request: ConsoleRequest) -> HTTPResponse {
        let parts = request.segments
        do {
            switch (request.method, parts.count) {
            case ("GET", 0): return ConsoleResponse.html(try overview())
            case ("GET", 1) where parts[0] == "style.css":
                return HTTPResponse(
                    statusCode: .ok, headers: [.contentType: "text/css; charset=utf-8"], body: Data(ConsoleTemplates.stylesheet.utf8))
            case ("GET", 1) where parts[0] == "metrics":
                return HTTPResponse(
                    statusCode: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"], body: Data(try console.metrics().utf8))
            case ("GET", 1) where parts[0] == "failures": return ConsoleResponse.html(try failures(request))
            case ("GET", 1) where parts[0] == "files": return ConsoleResponse.html(try files(request))
            case ("GET", 1) where parts[0] == "lineage": return ConsoleResponse.html(try lineage(request))
            case ("GET", 1) where parts[0] == "amended": return ConsoleResponse.html(try amended(request))
            case ("GET", 2) where parts[0] == "files":
                guard let id = Int64(parts[1]), let page = try file(id, request) else { return notFound }
                return ConsoleResponse.html(page)
            case ("GET", 3) where parts[0] == "files" && parts[2] == "input":
                guard let id = Int64(parts[1]), let page = try input(id) else { return notFound }
                return ConsoleResponse.html(page)
            case ("GET", 3) where parts[0] == "files" && parts[2] == "reprocess":
                guard let id = Int64(parts[1]) else { return notFound }
                return ConsoleResponse.html(try dryRun(id, force: ConsoleAPI.flag(request.query["force"]), request))
            case ("POST", 3) where parts[0] == "files" && parts[2] == "reprocess":
                guard let id = Int64(parts[1]) else { return notFound }
                let form = request.form
                let report = try console.reprocess(id: id, reason: form["reason"], force: ConsoleAPI.flag(form["force"]), by: request.principal)
                if let taken = report.taken.first {
                    return ConsoleResponse.redirect("/files/\(id)?done=reprocessed&outcome=\(taken.outcome.rawValue)")
                }
                let skipped = report.skipped.map { $0.text(in: console.language) }.joined(separator: "; ")
                return message(pages.text(.consoleReprocess), skipped, back: "/files/\(id)", status: .conflict)
            case ("POST", 3) where parts[0] == "files" && parts[2] == "resolve":
                guard let id = Int64(parts[1]) else { return notFound }
                try console.resolve(id: id, reason: request.form["reason"], by: request.principal)
                return ConsoleResponse.redirect("/files/\(id)?done=resolved")
            case ("GET", 2) where parts[0] == "exports":
                guard let id = Int64(parts[1]), let page = try payload(id) else { return notFound }
                return ConsoleResponse.html(page)
            case ("POST", 2) where parts[0] == "amended" && parts[1] == "acknowledge":
                let form = request.form
                guard let id = form["file"].flatMap({ Int64($0) }) else { return notFound }
                try console.acknowledge(id: id, key: form["key"], reason: form["reason"], by: request.principal)
                let key = form["key"]?.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                return ConsoleResponse.redirect("/amended?done=acknowledged&file=\(id)&key=\(key)")
            default:
                return notFound
            }
        } catch ConsoleServer.ActionFailure.notFound {
            return notFound
        } catch ConsoleServer.ActionFailure.reasonMissing {
            return message(pages.text(.consoleReason), pages.text(.consoleReasonRequired), back: nil, status: .badRequest)
        } catch ConsoleServer.ActionFailure.refused(let error) {
            return message(error.code.rawValue, error.message(in: console.language) + " " + error.hint(in: console.language), back: nil, status: .conflict)
        } catch ConsoleServer.ActionFailure.other(let text) {
            return message(pages.text(.consoleReprocess), text, back: nil, status: .serviceUnavailable)
        } catch {
            console.logger.error("console: \(request.method) \(request.path): \(error)")
            return message("500", "\(error)", back: "/", status: .internalServerError)
        }
    }

    var notFound: HTTPResponse {
        message("404", pages.text(.consoleNotFound), back: "/", status: .notFound)
    }

    func message(_ heading: String, _ text: String, back: String?, status: HTTPStatusCode) -> HTTPResponse {
        var context: [String: Any] = ["heading": heading, "text": text]
        if let back { context["back"] = back }
        return ConsoleResponse.html(pages.render("message", title: heading, context), status: status)
    }

    // MARK: Pages

    func overview() throws -> String {
        let status = try console.reader.status()
        let now = console.clock()
        let today = Calendar.current.startOfDay(for: now)
        let week = Calendar.current.date(byAdding: .day, value: -6, to: today) ?? today
        // Up to the end of today: a range of the (flow, processedAt) index, whatever the ledger holds after it.
        let tomorrow = Calendar.current.date(byAdding: .day, value: 1, to: today) ?? now
        var attention = 0
        var flows: [[String: Any]] = []
        for flow in status.flows {
            attention += flow.failed.count + flow.amended.count + flow.missing.count
            flows.append([
                "missing": flow.missing.map { window -> [String: Any] in
                    var arguments = ["end": ConsolePages.local(window.windowEnd), "expected": window.expectedNote.text(in: console.language)]
                    if let last = window.lastFileAt { arguments["last"] = ConsolePages.local(last) }
                    return ["text": pages.text(window.lastFileAt == nil ? .statusMissingNever : .statusMissing, arguments)]
                },
                "name": flow.flow, "disabled": !flow.enabled,
                "today": pages.counts(try console.reader.ledger.consoleOutcomeCounts(flow: flow.flow, since: today, until: tomorrow)),
                "week": pages.counts(try console.reader.ledger.consoleOutcomeCounts(flow: flow.flow, since: week, until: tomorrow)),
                "allTime": pages.counts(flow.processed),
                "waiting": flow.waiting.map { ["name": $0.name, "reason": $0.note.text(in: console.language)] },
                "inProgress": flow.inProgress.map { ["id": $0.id, "file": $0.file] },
                "failed": flow.failed.map { file -> [String: Any] in
                    var item: [String: Any] = [
                        "id": file.id, "file": file.file, "outcome": pages.outcome(file.outcome), "at": ConsolePages.local(file.processedAt),
                    ]
                    if let first = file.errorDetails.first { item["firstError"] = pages.line(first) }
                    else if let first = file.documentErrorDetails.first { item["firstError"] = "\(first.key): " + pages.line(first.error) }
                    return item
                },
                "amended": flow.amended.map { ["fileId": $0.fileId, "key": $0.key ?? "?", "reason": Note.text($0.notes, in: console.language)] },
            ])
        }
        let lastRun = status.lastRun.map { run in
            pages.text(.consoleLastRun, [
                "command": run.command, "at": ConsolePages.local(run.startedAt), "files": String(run.filesTaken),
                "exit": run.exitCode.map(String.init) ?? Note(.statusRunning).text(in: console.language),
            ])
        } ?? pages.text(.consoleNoRun)
        var context: [String: Any] = ["flows": flows, "lastRun": lastRun]
        if attention > 0 { context["attention"] = pages.text(.consoleNeedsAttention, ["count": String(attention)]) }
        return pages.render("overview", title: pages.labels["overview"] ?? "", context)
    }

    func failures(_ request: ConsoleRequest) throws -> String {
        let status = try console.reader.status()
        let failed: [[String: Any]] = status.flows.flatMap { flow in
            flow.failed.map { file -> [String: Any] in
                var errors = file.errorDetails.map(pages.line)
                errors += file.documentErrorDetails.map { "\($0.key): " + pages.line($0.error) }
                if file.documentErrorCount > file.documentErrorDetails.count {
                    errors.append(pages.text(.consoleDocumentsMore, ["count": String(file.documentErrorCount - file.documentErrorDetails.count)]))
                }
                return [
                    "id": file.id, "file": file.file, "flow": flow.flow, "outcome": pages.outcome(file.outcome), "attempt": file.attempt,
                    "at": ConsolePages.local(file.processedAt), "errors": errors, "csrf": console.csrfToken(for: request.principal),
                ]
            }
        }
        return pages.render("failures", title: pages.labels["failures"] ?? "", ["failed": failed], flash: flash(request))
    }

    /// The confirmation an action redirects to.
    func flash(_ request: ConsoleRequest) -> String? {
        switch request.query["done"] {
        case "resolved": return pages.text(.consoleResolved, ["id": request.segments.count > 1 ? request.segments[1] : ""])
        case "reprocessed":
            return pages.text(.consoleReprocessed, ["id": request.segments.count > 1 ? request.segments[1] : "", "outcome": pages.outcome(request.query["outcome"])])
        case "acknowledged": return pages.text(.consoleAcknowledged, ["id": request.query["file"] ?? "", "key": request.query["key"] ?? ""])
        default: return nil
        }
    }

    func file(_ id: Int64, _ request: ConsoleRequest) throws -> String? {
        guard let file = try console.reader.ledger.consoleFile(id: id) else { return nil }
        let exportByPath = Dictionary(file.exports.map { ($0.outputPath, $0.id) }, uniquingKeysWith: { _, last in last })
        let documents: [[String: Any]] = file.documents.map { document in
            [
                "ordinal": document.ordinal, "key": document.key ?? "–", "outcome": pages.outcome(document.outcome),
                "outcomeClass": ConsolePages.outcomeClass(document.outcome), "reason": Note.text(document.notes, in: console.language),
                "errors": pages.errorRows(document.errors),
                "outputs": document.outputs.map { path -> [String: Any] in
                    var item: [String: Any] = ["path": path]
                    if let exportId = exportByPath[path] { item["exportId"] = exportId }
                    return item
                },
            ]
        }
        var context: [String: Any] = [
            "id": id, "name": file.file, "flow": file.flow, "outcome": pages.outcome(file.outcome ?? file.state),
            "outcomeClass": ConsolePages.outcomeClass(file.outcome), "attempt": file.attempt, "received": ConsolePages.local(file.receivedAt),
            "processed": ConsolePages.local(file.processedAt), "size": file.size, "errors": pages.errorRows(file.errors),
            "documents": documents, "documentCount": file.documentCount, "csrf": console.csrfToken(for: request.principal),
            "canResolve": (file.outcome == "failed" || file.outcome == "partial") && file.resolvedAt == nil,
            "exports": file.exports.map { ["id": $0.id, "target": $0.target, "path": $0.outputPath, "key": $0.key, "attempt": $0.attempt] },
            "attempts": file.attempts.map { attempt -> [String: Any] in
                [
                    "number": attempt.number, "at": ConsolePages.local(attempt.startedAt),
                    "trigger": attempt.trigger + (attempt.by.map { " (" + pages.text(.logBy, ["actor": $0]) + ")" } ?? ""),
                    "forced": attempt.forced, "reason": Note.text(attempt.notes, in: console.language),
                    "outcome": pages.outcome(attempt.outcome), "input": attempt.input ?? "",
                ]
            },
        ]
        if file.pruned {
            context["pruned"] = pages.text(.consolePruned)
        } else if let input = file.input {
            context["input"] = input
        }
        if let reason = file.resolvedReason {
            context["resolved"] = ConsolePages.local(file.resolvedAt) + ": " + reason
                + (file.resolvedBy.map { " (" + pages.text(.logBy, ["actor": $0]) + ")" } ?? "")
        }
        context["acknowledgements"] = file.acknowledgements.map { acknowledged -> [String: Any] in
            [
                "key": acknowledged.key ?? "", "at": ConsolePages.local(acknowledged.at), "reason": acknowledged.reason,
                "by": acknowledged.by.map { pages.text(.logBy, ["actor": $0]) } ?? "",
            ]
        }
        if file.documentCount > file.documents.count {
            context["moreDocuments"] = pages.text(.consoleDocumentsMore, ["count": String(file.documentCount - file.documents.count)])
        }
        return pages.render("file", title: "#\(id) \(file.file)", context, flash: flash(request))
    }

    func input(_ id: Int64) throws -> String? {
        guard let file = try console.reader.ledger.consoleFile(id: id, documentLimit: 0), !file.pruned, let path = file.input,
            let excerpt = console.files.excerpt(path)
        else { return nil }
        return excerptPage(heading: "\(pages.labels["input"] ?? ""): \(file.file)", excerpt, fileId: id, cap: 64 * 1024)
    }

    func payload(_ id: Int64) throws -> String? {
        guard let export = try console.reader.ledger.consoleExport(id: id), let excerpt = console.files.payload(export) else { return nil }
        return excerptPage(heading: "\(export.target): \(export.key)", excerpt, fileId: export.fileId, cap: 1024 * 1024)
    }

    func excerptPage(heading: String, _ excerpt: ConsoleFiles.Excerpt, fileId: Int64, cap: Int) -> String {
        var context: [String: Any] = ["heading": heading, "path": excerpt.path, "size": excerpt.size, "text": excerpt.text, "fileId": fileId]
        if excerpt.capped { context["capped"] = pages.text(.consoleInputCapped, ["bytes": String(cap)]) }
        return pages.render("excerpt", title: heading, context)
    }

    func files(_ request: ConsoleRequest) throws -> String {
        let filter = console.fileFilter(request.query)
        let page = try console.reader.ledger.consoleFiles(filter)
        let rows: [[String: Any]] = page.files.map { file in
            [
                "id": file.id, "file": file.file, "flow": file.flow, "outcome": pages.outcome(file.outcome ?? file.state),
                "outcomeClass": ConsolePages.outcomeClass(file.outcome), "received": ConsolePages.local(file.receivedAt),
                "pruned": file.pruned ? pages.text(.consolePruned) : "",
            ]
        }
        let outcomes = ["exported", "already-exported", "nothing-to-export", "partial", "failed"]
        var context: [String: Any] = [
            "rows": rows, "date": request.query["date"] ?? "", "q": request.query["q"] ?? "",
            "flows": console.config.flows.map { ["value": $0.name, "selected": $0.name == filter.flow] },
            "outcomes": outcomes.map { ["value": $0, "label": pages.outcome($0), "selected": $0 == filter.outcome] },
        ]
        if let next = page.next {
            var query = request.query
            query["before"] = String(next)
            let text = query.sorted { $0.key < $1.key }.map {
                "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
            }.joined(separator: "&")
            context["next"] = "/files?" + text
        }
        return pages.render("files", title: pages.labels["files"] ?? "", context)
    }

    func lineage(_ request: ConsoleRequest) throws -> String {
        var context: [String: Any] = [:]
        if let key = request.query["key"]?.trimmingCharacters(in: .whitespaces), !key.isEmpty {
            context["key"] = key
            let report = try console.reader.log(key: ConsoleServer.keyFilter(key))
            context["lines"] = report.lineage.map { line -> [String: Any] in
                var item: [String: Any] = [
                    "key": line.key, "fileId": line.fileId, "file": line.file, "flow": line.flow, "received": ConsolePages.local(line.receivedAt),
                    "attempt": line.attempt, "why": [line.trigger, line.reason].compactMap { $0 }.joined(separator: ": "),
                    "outcome": pages.outcome(line.outcome), "outcomeClass": ConsolePages.outcomeClass(line.outcome), "outputs": line.outputs,
                ]
                if !line.notes.isEmpty { item["detail"] = Note.text(line.notes, in: console.language) }
                return item
            }
            context["entries"] = report.entries.reversed().map { entry -> [String: Any] in
                var item: [String: Any] = ["at": ConsolePages.local(entry.at), "flow": entry.flow ?? "", "action": entry.action, "detail": entry.detail]
                if let id = entry.fileId { item["fileId"] = id }
                return item
            }
            if report.lineage.isEmpty && report.entries.isEmpty { context["none"] = pages.text(.consoleLineageNone, ["key": key]) }
        }
        return pages.render("lineage", title: pages.labels["lineage"] ?? "", context)
    }

    func amended(_ request: ConsoleRequest) throws -> String {
        let status = try console.reader.status()
        let csrf = console.csrfToken(for: request.principal)
        let items: [[String: Any]] = status.flows.flatMap { flow in
            flow.amended.map { document -> [String: Any] in
                [
                    "fileId": document.fileId, "file": document.file, "key": document.key ?? "", "flow": flow.flow,
                    "reason": Note.text(document.notes, in: console.language), "csrf": csrf,
                ]
            }
        }
        return pages.render("amended", title: pages.labels["amended"] ?? "", ["items": items], flash: flash(request))
    }

    func dryRun(_ id: Int64, force: Bool, _ request: ConsoleRequest) throws -> String {
        let report = try console.dryRun(id: id, force: force)
        guard let file = report.files.first else {
            let skipped = report.skipped.map { $0.text(in: console.language) }.joined(separator: "; ")
            return pages.render("message", title: pages.labels["reprocess"] ?? "", ["heading": pages.labels["reprocess"] ?? "", "text": skipped, "back": "/files/\(id)"])
        }
        let lines: [[String: Any]] = file.lines.map { line in
            [
                "key": line.key ?? "–", "target": line.target ?? "", "action": pages.outcome(line.action),
                "actionClass": ConsolePages.outcomeClass(line.action),
                "detail": line.errors.isEmpty ? DryRunLine.text(line.notes, in: console.language) : line.errors.map(pages.line).joined(separator: "; "),
                "diff": line.diff,
            ]
        }
        let context: [String: Any] = [
            "id": id, "name": file.file, "outcome": pages.text(.consoleDryRunOutcome, ["outcome": pages.outcome(file.outcome.rawValue)]),
            "errors": pages.errorRows(file.errors), "lines": lines, "force": force,
            "skipped": report.skipped.map { $0.text(in: console.language) }, "csrf": console.csrfToken(for: request.principal),
        ]
        return pages.render("dryrun", title: pages.labels["reprocess"] ?? "", context)
    }
}
