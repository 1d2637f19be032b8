import Foundation
import SharedFiles
@testable import Formats
#if canImport(Glibc)
import Glibc
#endif

/// Schemas and payloads for the XSD validation tests.
enum SchemaTestSupport {
    /// The OASIS UBL 2.1 Order schema in the shared reference folder.
    static func ublOrderSchema() throws -> String { try SharedFolder.path(SharedFolder.ublOrderSchema) }

    /// The OASIS example order of the shared corpus, as bytes.
    static func ublOrder() throws -> [UInt8] {
        Array(try SharedFolder.data("corpus/ubl-2.1-Order-Example.xml"))
    }

    /// The example order with `original` replaced once by `replacement`; fails when `original` is absent.
    static func ublOrder(replacing original: String, with replacement: String) throws -> [UInt8] {
        let text = String(decoding: try ublOrder(), as: UTF8.self)
        guard let range = text.range(of: original) else { throw EditFailed(original: original) }
        return Array(text.replacingCharacters(in: range, with: replacement).utf8)
    }

    struct EditFailed: Error { var original: String }

    /// Writes `files` (name → text) into a fresh temporary directory; returns its path.
    static func folder(_ files: [String: String]) throws -> String {
        let directory = try XMLTestSupport.temporaryDirectory()
        for (name, text) in files {
            try Data(text.utf8).write(to: directory.appendingPathComponent(name))
        }
        return directory.path
    }

    /// A schema in namespace `urn:t` whose root `a` holds `b` (a short string) then an optional `c`.
    static let smallSchema = """
        <?xml version="1.0"?>
        <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" xmlns="urn:t"
          elementFormDefault="qualified">
          <xsd:element name="a">
            <xsd:complexType><xsd:sequence>
              <xsd:element name="b" maxOccurs="unbounded"><xsd:simpleType>
                <xsd:restriction base="xsd:string"><xsd:maxLength value="3"/></xsd:restriction>
              </xsd:simpleType></xsd:element>
              <xsd:element name="c" minOccurs="0" type="xsd:integer"/>
            </xsd:sequence></xsd:complexType>
          </xsd:element>
        </xsd:schema>
        """
}

/// A TCP socket on 127.0.0.1 that listens but never accepts, so any connection attempt waits in
/// its backlog, where `connected()` finds it without blocking.
final class RefusingListener {
    let port: UInt16
    private let socketDescriptor: Int32

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var size = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ready = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                bind(descriptor, raw, size) == 0 && listen(descriptor, 16) == 0 && getsockname(descriptor, raw, &size) == 0
            }
        }
        guard ready, fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK) == 0 else {
            close(descriptor)
            throw POSIXError(.init(rawValue: errno) ?? .EIO)
        }
        socketDescriptor = descriptor
        port = UInt16(bigEndian: address.sin_port)
    }

    /// Whether anything connected since `init`.
    func connected() -> Bool {
        let client = accept(socketDescriptor, nil, nil)
        guard client >= 0 else { return false }
        close(client)
        return true
    }

    deinit { close(socketDescriptor) }
}
