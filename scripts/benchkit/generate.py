"""Seeded generator of realistic shop inputs for scripts/bench.

One model of an order (a web shop's own export, not Ferry's canonical format) is written
in three formats: CSV with one row per order line, grouped by order number; JSON with
nested lines; XML with one <Order> element per order. The same seed gives the same bytes.
Also Ferry's canonical JSON of the same orders, and an article feed.
"""
import json
import random
from xml.sax.saxutils import escape

FIRST = ["Anouk", "Jan", "Sanne", "Pieter", "Émilie", "Lukas", "Zoë", "Jürgen", "Inès", "Daan",
         "Fleur", "Mehmet", "Søren", "Chloé", "Bram", "Łucja", "Noah", "Ilse", "François", "Aylin"]
LAST = ["de Vries", "Jansen", "Müller", "Dubois", "van den Berg", "Peeters", "Schröder", "Lefèvre",
        "Bakker", "Yılmaz", "Janssens", "Visser", "Hoffmann", "Dijkstra", "Maes", "Çelik", "Smit"]
PLACES = [  # country, city, postcode pattern, streets
    ("NL", "Utrecht", "35{:02d} AB", ["Kerkstraat", "Oudegracht", "Biltstraat"]),
    ("NL", "Amsterdam", "10{:02d} GC", ["Prinsengracht", "Damrak", "Overtoom"]),
    ("NL", "Groningen", "97{:02d} KL", ["Vismarkt", "Herestraat"]),
    ("BE", "Antwerpen", "20{:02d}", ["Meir", "Lange Nieuwstraat"]),
    ("BE", "Liège", "40{:02d}", ["Rue Léopold", "Boulevard d'Avroy"]),
    ("DE", "Köln", "506{:02d}", ["Schildergasse", "Hohe Straße"]),
    ("DE", "München", "803{:02d}", ["Maximilianstraße", "Sendlinger Straße"]),
    ("FR", "Lille", "590{:02d}", ["Rue de Béthune", "Place du Général-de-Gaulle"]),
]
PRODUCTS = ["Kettingslot 90 cm", "Fietsbel chroom", "Binnenband 28\"", "Café crème, 1 kg",
            "Thé vert «Sencha»", "Brood; volkoren", "Trinkflasche 750 ml", "Zadeldek gel",
            "Koplamp LED 40 lux", "Regenjas — maat M", "Spaakreflectoren (4×)", "Bidonhouder"]
STATUSES = ["processing", "processing", "completed", "on-hold", "pending"]
PAYMENTS = ["ideal", "bancontact", "creditcard", "paypal", "invoice"]
NOTES = ["", "", "", "Graag bellen vóór levering", 'Leveren bij de "achterdeur", niet bij de buren',
         "Bitte beim Nachbarn abgeben; Haus 3", "Cadeau : merci d'enlever le prix",
         "Eerst bellen\nDaarna aanbellen"]
VAT = ["21.00", "21.00", "9.00", "6.00", "19.00"]

CSV_HEADER = ["order_number", "created_at", "status", "currency", "payment_method", "customer_id",
              "customer_name", "customer_email", "customer_phone", "ship_name", "ship_street",
              "ship_house_number", "ship_postcode", "ship_city", "ship_country", "shipping_total",
              "customer_note", "line_sku", "line_name", "line_qty", "line_price", "line_tax_rate"]


def make_order(rng, number):
    """One shop order as a plain dict in the shop's own vocabulary."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    country, city, postcode, streets = rng.choice(PLACES)
    ascii_name = (first + "." + last.replace(" ", "")).encode("ascii", "ignore").decode()
    lines = []
    for _ in range(rng.choice([1, 2, 2, 3, 3, 3, 4, 5, 6])):
        sku = f"SKU-{rng.randrange(1, 5000):05d}"
        lines.append({"sku": sku, "name": rng.choice(PRODUCTS), "quantity": str(rng.randint(1, 12)),
                      "price": f"{rng.randint(50, 25000) / 100:.2f}", "tax_rate": rng.choice(VAT)})
    return {
        "id": f"WS-{number:08d}",
        "created_at": f"2026-11-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:"
                      f"{rng.randint(0, 59):02d}+01:00",
        "status": rng.choice(STATUSES),
        "currency": "EUR",
        "payment_method": rng.choice(PAYMENTS),
        "customer": {"id": f"C-{rng.randrange(1, 90000):05d}", "name": f"{first} {last}",
                     "email": f" {ascii_name}@Example.{country.lower()} " if rng.random() < 0.2
                     else f"{ascii_name.lower()}@example.{country.lower()}",
                     "phone": f"+31 6 {rng.randrange(10000000, 99999999)}"},
        "shipping": {"name": f"{first} {last}", "street": rng.choice(streets),
                     "house_number": str(rng.randint(1, 250)), "postcode": postcode.format(rng.randint(0, 99)),
                     "city": city, "country": country.lower() if rng.random() < 0.1 else country},
        "shipping_total": rng.choice(["0.00", "4.95", "6.95", "12.50"]),
        "customer_note": rng.choice(NOTES),
        "line_items": lines,
    }


def csv_cell(text):
    """Quote a CSV cell the way spreadsheet exports do: only when needed."""
    if any(c in text for c in ',"\n\r'):
        return '"' + text.replace('"', '""') + '"'
    return text


def order_csv_rows(order):
    c, s = order["customer"], order["shipping"]
    head = [order["id"], order["created_at"], order["status"], order["currency"], order["payment_method"],
            c["id"], c["name"], c["email"], c["phone"], s["name"], s["street"], s["house_number"],
            s["postcode"], s["city"], s["country"], order["shipping_total"], order["customer_note"]]
    for line in order["line_items"]:
        cells = head + [line["sku"], line["name"], line["quantity"], line["price"], line["tax_rate"]]
        yield ",".join(csv_cell(x) for x in cells) + "\r\n"


def order_json(order, indent=None):
    return json.dumps(order, ensure_ascii=False, indent=indent)


def order_xml(order):
    c, s = order["customer"], order["shipping"]
    e = lambda tag, text: f"<{tag}>{escape(text)}</{tag}>"
    items = "".join("<Item>" + e("Sku", l["sku"]) + e("Name", l["name"]) + e("Quantity", l["quantity"]) +
                    e("Price", l["price"]) + e("TaxRate", l["tax_rate"]) + "</Item>" for l in order["line_items"])
    return ("<Order>" + e("Id", order["id"]) + e("CreatedAt", order["created_at"]) + e("Status", order["status"]) +
            e("Currency", order["currency"]) + e("PaymentMethod", order["payment_method"]) +
            "<Customer>" + e("Id", c["id"]) + e("Name", c["name"]) + e("Email", c["email"]) + e("Phone", c["phone"]) +
            "</Customer><Shipping>" + e("Name", s["name"]) + e("Street", s["street"]) +
            e("HouseNumber", s["house_number"]) + e("Postcode", s["postcode"]) + e("City", s["city"]) +
            e("Country", s["country"]) + "</Shipping>" + e("ShippingTotal", order["shipping_total"]) +
            e("CustomerNote", order["customer_note"]) + "<Items>" + items + "</Items></Order>\n")


def canonical_json(order):
    """The same order in Ferry's canonical JSON input format (for the canonical-vs-layout goal)."""
    from benchkit.peer import canonical_order  # the peer's mapping is the reference
    return json.dumps(canonical_order(order), ensure_ascii=False)


# --- Writers. Each returns the number of orders written. -------------------------------

def write_small_files(folder, fmt, count, seed):
    """`count` files of one order each, as a shop's webhook or per-order export writes them."""
    rng = random.Random(seed)
    for n in range(1, count + 1):
        order = make_order(rng, n)
        path = f"{folder}/order-{n:06d}.{fmt}"
        with open(path, "w", encoding="utf-8", newline="") as out:
            if fmt == "json":
                out.write(order_json(order, indent=2) + "\n")
            elif fmt == "csv":
                out.write(",".join(CSV_HEADER) + "\r\n")
                out.writelines(order_csv_rows(order))
            else:
                out.write('<?xml version="1.0" encoding="UTF-8"?>\n<Orders>\n' + order_xml(order) + "</Orders>\n")
    return count


def write_big_file(path, fmt, target_bytes, seed):
    """One export of about `target_bytes`: CSV rows grouped by order, a JSON array, or XML."""
    rng = random.Random(seed)
    orders = 0
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write({"csv": ",".join(CSV_HEADER) + "\r\n", "json": "[\n", "canon": "[\n",
                   "xml": '<?xml version="1.0" encoding="UTF-8"?>\n<Orders>\n'}[fmt])
        while out.tell() < target_bytes:
            orders += 1
            order = make_order(rng, orders)
            if fmt == "csv":
                out.writelines(order_csv_rows(order))
            elif fmt == "json":
                out.write(("," if orders > 1 else "") + order_json(order) + "\n")
            elif fmt == "canon":
                out.write(("," if orders > 1 else "") + canonical_json(order) + "\n")
            else:
                out.write(order_xml(order))
        out.write({"csv": "", "json": "]\n", "canon": "]\n", "xml": "</Orders>\n"}[fmt])
    return orders


ARTICLE_HEADER = ["sku", "ean", "name", "description", "price_excl", "tax_rate", "stock", "weight_kg",
                  "brand", "category"]
BRANDS = ["Gazelle", "Batavus", "Sparta", "Cortina", "Koga", "Müsing", "Lapierre"]
CATEGORIES = ["Fietsen > Stadsfietsen", "Onderdelen > Banden", "Accessoires > Verlichting",
              "Kleding > Regenkleding", "Café & thé"]


def write_article_feed(path, rows, seed):
    """A product feed: one row per article, `rows` rows."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(",".join(ARTICLE_HEADER) + "\r\n")
        for n in range(1, rows + 1):
            name = rng.choice(PRODUCTS)
            cells = [f"ART-{n:07d}", f"87{rng.randrange(10**10, 10**11):011d}", name,
                     f"{name} van {rng.choice(BRANDS)}, geleverd in doos; {rng.randint(1, 5)} jaar garantie",
                     f"{rng.randint(50, 250000) / 100:.2f}", rng.choice(VAT), str(rng.randint(0, 500)),
                     f"{rng.randint(5, 25000) / 1000:.3f}", rng.choice(BRANDS), rng.choice(CATEGORIES)]
            out.write(",".join(csv_cell(x) for x in cells) + "\r\n")
    return rows
