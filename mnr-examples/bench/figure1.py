"""Baselines for mnr4j's scale benchmark: the report's Figure 1 counts computed without mnr4j.

    python3 figure1.py python COHORT.json|RESPONSES.jsonl   # the standard library's json and a loop
    python3 figure1.py duckdb RESPONSES.jsonl               # DuckDB's read_json, default settings

Each prints one line per Figure 1 row: the gate question, then yes, no and unanswered counts,
which scale.sh compares with `mnr tally --format tsv`. A row's capabilities share one primary
gate in the 2021 survey (q66 for takedown and reporting, q70 for industry engagement), and q78
(terminology) is a free text whose analyst code reads yes or no. The gates are unconditional
questions, so no skip rule applies to them.
"""
import json
import sys

GATES = ["q7", "q13", "q21", "q24", "q27", "q30", "q37", "q40", "q43", "q46", "q51", "q54",
         "q58", "q61", "q66", "q70", "q75", "q78"]


def verdict(gate, answer):
    value = answer.get("code") if gate == "q78" else answer.get("choice")
    return value if value in ("yes", "no") else None


def with_python(path):
    counts = {gate: [0, 0, 0] for gate in GATES}
    with open(path, encoding="utf-8") as f:
        if path.endswith(".jsonl"):
            responses = (json.loads(line) for line in f if line.strip())
        else:
            responses = json.load(f)["responses"]
        for response in responses:
            answers = response.get("answers", {})
            for gate in GATES:
                value = verdict(gate, answers.get(gate, {}))
                counts[gate][0 if value == "yes" else 1 if value == "no" else 2] += 1
    return [(gate, *counts[gate]) for gate in GATES]


def with_duckdb(path):
    import duckdb
    columns = ", ".join(
        f"count(*) FILTER (WHERE {v} = 'yes'), count(*) FILTER (WHERE {v} = 'no'),"
        f" count(*) FILTER (WHERE {v} IS NULL OR {v} NOT IN ('yes', 'no'))"
        for v in (f"answers.{g}.{'code' if g == 'q78' else 'choice'}" for g in GATES))
    row = duckdb.sql(f"SELECT {columns} FROM read_json('{path}',"
                     " format = 'newline_delimited')").fetchone()
    return [(gate, *row[3 * i:3 * i + 3]) for i, gate in enumerate(GATES)]


if __name__ == "__main__":
    engine, path = sys.argv[1], sys.argv[2]
    rows = with_duckdb(path) if engine == "duckdb" else with_python(path)
    for row in rows:
        print("\t".join(str(v) for v in row))
