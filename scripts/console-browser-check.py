#!/usr/bin/env python3
"""Drives a running `ferry serve` in headless Chromium, as an operator would.

    console-browser-check.py BASE_URL FERRY ROOT SHOTS FILE_ID AMENDED_KEY

Open the overview and see the failed file; open it and read its located error; fix the
cause (drop the missing article, `ferry run`); click Reprocess, read the dry run, confirm
with a reason and see the file exported with its new outbox file viewable; acknowledge an
amendment; search a key's lineage. A screenshot of each page goes into SHOTS (not
committed). Needs Debian's chromium and chromium-driver and `pip install selenium`.
Prints one line per failed check and exits 1 if there was one.
"""
import os
import subprocess
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

base, ferry, root, shots, file_id, amended_key = sys.argv[1:7]
os.makedirs(shots, exist_ok=True)
problems = []


def check(condition, what):
    if not condition:
        problems.append(what)


options = webdriver.ChromeOptions()
for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000"):
    options.add_argument(argument)
options.binary_location = "/usr/bin/chromium"
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.implicitly_wait(5)


def shot(name, height=None):
    if height:
        driver.set_window_size(1280, height)
    driver.save_screenshot(os.path.join(shots, name + ".png"))


def text():
    return driver.find_element(By.TAG_NAME, "body").text


def flash():
    found = driver.find_elements(By.CLASS_NAME, "flash")
    return found[0].text if found else ""


try:
    # Overview: something needs attention, and the failed file is there.
    driver.get(base + "/")
    check("awaiting attention" in driver.find_element(By.ID, "attention").text, "overview: no attention line")
    link = driver.find_element(By.CSS_SELECTOR, f'a[href="/files/{file_id}"]')
    shot("overview")
    link.click()

    # File: its located error.
    check(driver.current_url.endswith(f"/files/{file_id}"), "did not open the file page")
    errors = driver.find_element(By.CSS_SELECTOR, "table.errortable").text
    check("RULE-001" in errors, f"file page: no RULE-001 in {errors!r}")
    check("o.json:1 record 1 field lines[0].sku" in errors, f"file page: no location in {errors!r}")
    check("BIKE-01" in errors, "file page: the missing article is not named")
    shot("file")

    # Failures list.
    driver.get(base + "/failures")
    check(f"#{file_id} o.json" in text(), "failures: the file is not listed")
    shot("failures")

    # Fix the cause: the missing article arrives.
    inbox = os.path.join(root, "inbox", "articles")
    os.makedirs(inbox, exist_ok=True)
    with open(os.path.join(inbox, "articles.csv"), "w") as handle:
        handle.write("sku;gtin;name\nBIKE-01;8712345000011;Bike\n")
    run = subprocess.run([ferry, "run", "--root", root], capture_output=True, text=True)
    check(run.returncode == 0, f"ferry run after the article: exit {run.returncode}: {run.stdout}{run.stderr}")

    # Reprocess: the dry run first, then confirm with a reason.
    driver.get(base + f"/files/{file_id}")
    driver.find_element(By.XPATH, "//form[contains(@action,'/reprocess')]//button").click()
    check("would end exported" in driver.find_element(By.ID, "would-outcome").text, f"dry run: {text()[:400]!r}")
    shot("dry-run")
    driver.find_element(By.CSS_SELECTOR, "form.confirm input[name=reason]").send_keys("article BIKE-01 arrived")
    driver.find_element(By.ID, "confirm").click()
    check("reprocessed: exported" in flash(), f"after reprocess: {driver.current_url} {text()[:600]!r}")
    outcome = driver.find_elements(By.ID, "outcome")
    check(outcome and outcome[0].text == "exported", "file is not shown exported")
    shot("file-reprocessed", height=1400)

    # The new outbox file, viewable.
    driver.find_element(By.CSS_SELECTOR, 'a[href^="/exports/"]').click()
    payload = driver.find_element(By.CSS_SELECTOR, "pre.excerpt").text
    check("BIKE-01" in payload and "SO-8001" in payload, f"payload: {payload[:300]!r}")
    shot("payload")

    # Acknowledge an amendment.
    driver.get(base + "/amended")
    check(amended_key in text(), "amended: the changed order is not listed")
    shot("amended")
    driver.find_element(By.CSS_SELECTOR, "section.card input[name=reason]").send_keys("told the ERP team")
    driver.find_element(By.XPATH, "//section[contains(@class,'card')]//button").click()
    check("is acknowledged" in flash(), f"acknowledge: {text()[:400]!r}")
    check(len(driver.find_elements(By.CSS_SELECTOR, "section.card")) == 0, "amended: still listed after acknowledging")

    # Lineage of a key.
    driver.get(base + "/lineage")
    box = driver.find_element(By.NAME, "key")
    box.send_keys("SO-8001")
    box.submit()
    timeline = driver.find_element(By.CSS_SELECTOR, "ol.timeline").text
    check("o.json" in timeline and "exported" in timeline, f"lineage: {timeline[:300]!r}")
    shot("lineage")

    # Files, and the overview on a phone.
    driver.get(base + "/files")
    check("o.json" in text(), "files: o.json not listed")
    shot("files")
    driver.set_window_size(390, 844)
    driver.get(base + "/")
    check("All is well" in driver.find_element(By.ID, "attention").text, "overview: not all well at the end")
    shot("overview-phone")
    # No inline script or style was refused by the Content-Security-Policy.
    logs = [entry for entry in driver.get_log("browser") if "Content Security Policy" in entry.get("message", "")]
    check(not logs, f"CSP violations: {logs}")
except Exception as error:  # a page without what the next step needs: say where it stopped
    problems.append(f"stopped at {driver.current_url}: {type(error).__name__}: {str(error).splitlines()[0]}")
    shot("stopped")
finally:
    driver.quit()

for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
