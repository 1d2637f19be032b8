#!/usr/bin/env python3
"""The Python stdlib peer: the job Ferry does on the benchmark's inputs, as a short script.

    peer.py --format csv|json|xml|canon|articles --inbox DIR --outbox DIR --archive DIR --ledger FILE

For every file in the inbox (oldest name first): read it once (SHA-256 while reading),
parse it (csv, json, xml.etree iterparse), map each shop order to Ferry's canonical order
exactly as the benchmark's source layouts do (status map, lower-cased trimmed e-mail,
upper-cased country, date to UTC, decimals without trailing zeros), and for every order
not yet in the ledger write its canonical JSON payload as a hidden temporary, fsync it and
rename it to `order_webshop_sales_<number>.json` (Ferry's name). `canon` reads Ferry's own
canonical JSON (no mapping); `articles` the article feed, one `article_<sku>.json` each. Then fsync the outbox
folder, commit one SQLite transaction (WAL, synchronous=FULL) with the file's row and one
row per order, rename the input into the archive and fsync the archive folder.

What it does not do that Ferry does: a second copy of each payload in the archive, a
status record per input, the intent protocol (a crash between the rename and the commit
exports those orders again), locating errors, several processes on one root.
"""
import argparse
import csv
import datetime
import decimal
import hashlib
import io
import json
import os
import sqlite3
import sys
import xml.etree.ElementTree as ET

STATUS_MAP = {"processing": "processing", "completed": "completed", "on-hold": "open", "pending": "open"}


class DocumentError(Exception):
    """A document that cannot be converted (Ferry: a failed document)."""


def number(text):
    """A canonical decimal: plain digits, no trailing zeros (Ferry writes 24.5, 12)."""
    value = decimal.Decimal(text.strip()).normalize()
    return int(value) if value == value.to_integral_value() else float(value)


def utc(text):
    moment = datetime.datetime.fromisoformat(text.strip())
    if moment.tzinfo is None:
        raise DocumentError(f"date without a zone: {text}")
    return moment.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def put(target, key, value):
    """Canonical JSON leaves out absent values: empty text after trimming."""
    if isinstance(value, str):
        value = value.strip()
        if not value:
            return
    if value is not None:
        target[key] = value


def canonical_order(shop):
    """A shop order (the generator's vocabulary) → Ferry's canonical order, keys in Ferry's order."""
    number_ = (shop.get("id") or "").strip()
    if not number_:
        raise DocumentError("order without a number")
    status = shop.get("status", "").strip()
    if status and status not in STATUS_MAP:
        raise DocumentError(f"unmapped status {status}")
    customer, shipping = shop.get("customer", {}), shop.get("shipping", {})
    order = {"number": number_, "sourceSystem": "webshop", "orderKind": "sales"}
    put(order, "status", STATUS_MAP.get(status))
    put(order, "orderDate", utc(shop["created_at"]) if shop.get("created_at", "").strip() else None)
    put(order, "currency", shop.get("currency", "").strip().upper())
    buyer = {}
    put(buyer, "number", customer.get("id", ""))
    put(buyer, "contactName", customer.get("name", ""))
    put(buyer, "email", customer.get("email", "").strip().lower())
    put(buyer, "phone", customer.get("phone", ""))
    put(order, "buyer", buyer or None)
    address = {}
    for canonical, own in (("name", "name"), ("street", "street"), ("houseNumber", "house_number"),
                           ("postalCode", "postcode"), ("city", "city")):
        put(address, canonical, shipping.get(own, ""))
    country = shipping.get("country", "").strip().upper()
    if country and (len(country) != 2 or not country.isalpha()):
        raise DocumentError(f"country {country}")
    put(address, "country", country)
    put(order, "shippingAddress", address or None)
    lines = []
    for item in shop.get("line_items", []):
        line = {}
        put(line, "sku", item.get("sku", ""))
        put(line, "description", item.get("name", ""))
        if not item.get("quantity", "").strip():
            raise DocumentError("line without a quantity")
        line["quantity"] = number(item["quantity"])
        if item.get("price", "").strip():
            line["unitPriceExclVat"] = number(item["price"])
        if item.get("tax_rate", "").strip():
            line["vatRate"] = number(item["tax_rate"])
        lines.append(line)
    if lines:
        order["lines"] = lines
    if shop.get("shipping_total", "").strip():
        order["shippingCost"] = number(shop["shipping_total"])
    put(order, "paymentMethod", shop.get("payment_method", ""))
    put(order, "notes", shop.get("customer_note", ""))
    return order


# --- Readers: each yields shop orders (or, for canon, canonical orders) ------------------

class HashingReader(io.RawIOBase):
    """A raw file that feeds every byte read into a SHA-256, so the file is read once."""

    def __init__(self, path):
        self.file = open(path, "rb", buffering=0)
        self.sha = hashlib.sha256()

    def readable(self):
        return True

    def readinto(self, buffer):
        count = self.file.readinto(buffer)
        self.sha.update(memoryview(buffer)[:count])
        return count

    def close(self):
        self.file.close()
        super().close()


def read_csv(raw):
    """Rows grouped by consecutive order number, one order per group (like `group-by`)."""
    rows = csv.DictReader(io.TextIOWrapper(io.BufferedReader(raw, 1 << 16), encoding="utf-8", newline=""))
    current = None
    for row in rows:
        if current is None or row["order_number"].strip() != current["id"]:
            if current is not None:
                yield current
            current = {"id": row["order_number"].strip(), "created_at": row["created_at"], "status": row["status"],
                       "currency": row["currency"], "payment_method": row["payment_method"],
                       "customer": {"id": row["customer_id"], "name": row["customer_name"],
                                    "email": row["customer_email"], "phone": row["customer_phone"]},
                       "shipping": {"name": row["ship_name"], "street": row["ship_street"],
                                    "house_number": row["ship_house_number"], "postcode": row["ship_postcode"],
                                    "city": row["ship_city"], "country": row["ship_country"]},
                       "shipping_total": row["shipping_total"], "customer_note": row["customer_note"],
                       "line_items": []}
        current["line_items"].append({"sku": row["line_sku"], "name": row["line_name"], "quantity": row["line_qty"],
                                      "price": row["line_price"], "tax_rate": row["line_tax_rate"]})
    if current is not None:
        yield current


def read_json(raw):
    """A JSON array of orders or one order (the stdlib has no streaming JSON parser)."""
    value = json.loads(io.BufferedReader(raw, 1 << 16).read())
    yield from value if isinstance(value, list) else [value]


def read_xml(raw):
    """Each <Order> element, one at a time (iterparse, cleared after use)."""
    text = lambda element, tag: element.findtext(tag) or ""
    for _, element in ET.iterparse(io.BufferedReader(raw, 1 << 16), events=("end",)):
        if element.tag != "Order":
            continue
        customer, shipping = element.find("Customer"), element.find("Shipping")
        yield {"id": text(element, "Id"), "created_at": text(element, "CreatedAt"), "status": text(element, "Status"),
               "currency": text(element, "Currency"), "payment_method": text(element, "PaymentMethod"),
               "customer": {"id": text(customer, "Id"), "name": text(customer, "Name"),
                            "email": text(customer, "Email"), "phone": text(customer, "Phone")},
               "shipping": {"name": text(shipping, "Name"), "street": text(shipping, "Street"),
                            "house_number": text(shipping, "HouseNumber"), "postcode": text(shipping, "Postcode"),
                            "city": text(shipping, "City"), "country": text(shipping, "Country")},
               "shipping_total": text(element, "ShippingTotal"), "customer_note": text(element, "CustomerNote"),
               "line_items": [{"sku": text(item, "Sku"), "name": text(item, "Name"), "quantity": text(item, "Quantity"),
                               "price": text(item, "Price"), "tax_rate": text(item, "TaxRate")}
                              for item in element.iterfind("Items/Item")]}
        element.clear()


def read_articles(raw):
    """The article feed: one canonical article per row, as the benchmark's article layout."""
    rows = csv.DictReader(io.TextIOWrapper(io.BufferedReader(raw, 1 << 16), encoding="utf-8", newline=""))
    for row in rows:
        article = {}
        for canonical, own in (("sku", "sku"), ("gtin", "ean"), ("name", "name"), ("longDescription", "description")):
            put(article, canonical, row[own])
        for canonical, own in (("priceExclVat", "price_excl"), ("vatRate", "tax_rate"),
                               ("stockAvailable", "stock"), ("weight", "weight_kg")):
            if row[own].strip():
                article[canonical] = number(row[own])
        put(article, "brand", row["brand"])
        categories = [part.strip() for part in row["category"].split(">") if part.strip()]
        if categories:
            article["categories"] = categories
        yield article


READERS = {"csv": read_csv, "json": read_json, "xml": read_xml, "canon": read_json, "articles": read_articles}


def key_and_name(document):
    """The business key (what exactly-once is about) and Ferry's payload name."""
    if "sku" in document:
        if not document["sku"]:
            raise DocumentError("article without a sku")
        return f"article/{document['sku']}", f"article_{document['sku']}.json"
    key = f"{document['sourceSystem']}/{document['orderKind']}/{document['number']}"
    return key, f"order_{document['sourceSystem']}_{document['orderKind']}_{document['number']}.json"


# --- The durable file-drop loop ---------------------------------------------------------

def open_ledger(path):
    ledger = sqlite3.connect(path, isolation_level=None)
    ledger.execute("PRAGMA journal_mode = WAL")
    ledger.execute("PRAGMA synchronous = FULL")  # as Ferry's ledger: a commit is durable when it returns
    ledger.executescript("""
        CREATE TABLE IF NOT EXISTS file (id INTEGER PRIMARY KEY, name TEXT NOT NULL, sha256 TEXT NOT NULL,
                                         outcome TEXT NOT NULL, archived TEXT);
        CREATE INDEX IF NOT EXISTS file_sha ON file (sha256);
        CREATE TABLE IF NOT EXISTS export (key TEXT PRIMARY KEY, content TEXT NOT NULL, file INTEGER NOT NULL,
                                           payload TEXT NOT NULL);
    """)
    return ledger


def fsync_folder(path):
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_durably(folder, name, data):
    """Hidden temporary, fsync, rename: the payload appears whole or not at all."""
    temp = os.path.join(folder, f".{name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.rename(temp, os.path.join(folder, name))


def process_file(path, fmt, ledger, outbox, archive):
    raw = HashingReader(path)
    outcome, rows = "exported", []
    ledger.execute("BEGIN IMMEDIATE")
    try:
        for record in READERS[fmt](raw):
            try:
                document = canonical_order(record) if fmt in ("csv", "json", "xml") else record
                key, name = key_and_name(document)
            except (DocumentError, KeyError, ValueError, decimal.InvalidOperation):
                outcome = "partial"
                continue
            payload = json.dumps(document, ensure_ascii=False, indent=2).encode()
            content = hashlib.sha256(payload).hexdigest()
            seen = ledger.execute("SELECT content FROM export WHERE key = ?", (key,)).fetchone()
            if seen:
                continue  # already exported (or amended after export): not sent again
            write_durably(outbox, name, payload)
            rows.append((key, content, name))
        raw.close()
        digest = raw.sha.hexdigest()
        if ledger.execute("SELECT 1 FROM file WHERE sha256 = ? AND outcome != 'failed'", (digest,)).fetchone():
            outcome = "duplicate"
        archived = os.path.join(archive, os.path.basename(path))
        file_id = ledger.execute("INSERT INTO file (name, sha256, outcome, archived) VALUES (?, ?, ?, ?)",
                                 (os.path.basename(path), digest, outcome, archived)).lastrowid
        ledger.executemany("INSERT INTO export (key, content, file, payload) VALUES (?, ?, ?, ?)",
                           [(key, content, file_id, name) for key, content, name in rows])
        fsync_folder(outbox)  # the renames are durable before the ledger says "exported"
        ledger.execute("COMMIT")
    except BaseException:
        ledger.execute("ROLLBACK")
        raise
    os.rename(path, archived)
    fsync_folder(archive)
    return len(rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--format", required=True, choices=sorted(READERS))
    for folder in ("inbox", "outbox", "archive", "ledger"):
        parser.add_argument(f"--{folder}", required=True)
    args = parser.parse_args()
    ledger = open_ledger(args.ledger)
    exported = 0
    for name in sorted(os.listdir(args.inbox)):
        if not name.startswith("."):
            exported += process_file(os.path.join(args.inbox, name), args.format, ledger, args.outbox, args.archive)
    print(f"{exported} payloads", file=sys.stderr)


if __name__ == "__main__":
    main()
