import Foundation
import Testing

@testable import Engine

@Suite struct PathTextTests {
    static let paths = [
        "/root/outbox/shop/order_webshop_sales_1001.json", "/root/archive/shop/2026/12/07/.payloads/erp/x.json",
        "/a", "/", "", "name.json", "folder/name.json", "/a/b/", "/a/b//", "/a//b", "relative/", "/é/ü ß.xml",
        "/root/inbox/.hidden.tmp",
    ]

    @Test("splits a path as NSString does", arguments: paths)
    func splitsAsNSString(_ path: String) {
        #expect(PathText.folder(of: path) == (path as NSString).deletingLastPathComponent)
        #expect(PathText.name(of: path) == (path as NSString).lastPathComponent)
    }
}
