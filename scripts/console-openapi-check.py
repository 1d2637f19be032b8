#!/usr/bin/env python3
"""Checks docs/console-openapi.yaml and, optionally, real responses against it.

    console-openapi-check.py SPEC [RESPONSES.json]

SPEC must be a valid OpenAPI 3.1 document (openapi-spec-validator). RESPONSES.json, when
given, is a list of {"method", "path", "status", "body"} as a test received them from a
running `ferry serve`: each must match a documented path and status, and a JSON body the
response's schema; every documented operation must be among them. Exits 1 with one line per mismatch.
"""
import json
import re
import sys

import yaml
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate


def template_matches(template, path):
    pattern = "^" + re.sub(r"\{[^}]+\}", r"[^/]+", template) + "$"
    return re.match(pattern, path) is not None


def main():
    with open(sys.argv[1]) as handle:
        spec = yaml.safe_load(handle)
    validate(spec)
    problems = []
    if len(sys.argv) > 2:
        with open(sys.argv[2]) as handle:
            responses = json.load(handle)
        exercised = set()
        for response in responses:
            method, path, status = response["method"].lower(), response["path"].split("?")[0], str(response["status"])
            templates = [t for t in spec["paths"] if template_matches(t, path)]
            if not templates:
                problems.append(f"{method.upper()} {path}: no such path in the document")
                continue
            exercised.add((templates[0], method))
            operation = spec["paths"][templates[0]].get(method)
            if operation is None:
                problems.append(f"{method.upper()} {path}: method not documented")
                continue
            documented = operation["responses"].get(status)
            if documented is None:
                problems.append(f"{method.upper()} {path}: status {status} not documented")
                continue
            if "$ref" in documented:
                documented = spec["components"]["responses"][documented["$ref"].split("/")[-1]]
            content = documented.get("content", {})
            if "application/json" in content:
                schema = dict(content["application/json"]["schema"])
                schema["components"] = spec["components"]
                try:
                    body = json.loads(response["body"])
                except ValueError:
                    problems.append(f"{method.upper()} {path}: body is not JSON")
                    continue
                for error in Draft202012Validator(schema).iter_errors(body):
                    where = "/".join(str(p) for p in error.absolute_path)
                    problems.append(f"{method.upper()} {path} {status}: {where}: {error.message}")
        for template, item in spec["paths"].items():
            for method in ("get", "post", "put", "delete", "patch"):
                if method in item and (template, method) not in exercised:
                    problems.append(f"{method.upper()} {template}: documented but not exercised")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
