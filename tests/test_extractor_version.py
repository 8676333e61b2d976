"""The store re-reads a file when EXTRACTOR_VERSION (or a domain table) changes, so the version
must move exactly when the records move."""
import json

from extraction import version

from tests.tool_scripts import load

recorder = load("record_extractor_output")


def test_records_change_only_with_the_version():
    recorded = json.loads(recorder.RECORD.read_text(encoding="utf-8"))
    digests = recorder.current_digests()
    changed = recorder.compare(recorded, digests)
    assert recorded["version"] == version.EXTRACTOR_VERSION, (
        "EXTRACTOR_VERSION moved: run python3 tools/record_extractor_output.py")
    assert not changed, (f"{len(changed)} records changed under EXTRACTOR_VERSION {version.EXTRACTOR_VERSION} "
                         f"(e.g. {changed[:3]}): raise it and run python3 tools/record_extractor_output.py")
    assert set(digests) == set(recorded["records"]), "new fixtures: run python3 tools/record_extractor_output.py"


def test_fingerprint_is_the_version_and_the_tables():
    assert version.fingerprint().startswith(f"v{version.EXTRACTOR_VERSION}+")

