#!/usr/bin/python3
"""A screen-reader user's billing-key look-up, through AT-SPI only.

Starts `portone-desk --sandbox --lang en` (in the Xvfb display and session bus this script
runs in, with a throwaway HOME), finds it on the accessibility bus, switches to the Billing
keys workspace, types a customer_uid into the look-up field found by its accessible name,
presses the look-up button through its Action interface and reads the result table and the
announced counts the way a screen reader would. Exits 1 with a clear message otherwise.

    xvfb-run -a dbus-run-session -- /usr/bin/python3 atspi_billing_lookup.py <portone-desk>
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

import pyatspi
from gi.repository import GLib

CUSTOMER_UID = "customer_1234"  # seeded in every sandbox (sandbox/SandboxSeed.cpp)
TIMEOUT = 30.0


def fail(message):
    print(f"atspi: FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def pump(seconds):
    """Lets AT-SPI deliver events while waiting."""
    end = time.monotonic() + seconds
    context = GLib.MainContext.default()
    while time.monotonic() < end:
        while context.iteration(False):
            pass
        time.sleep(0.05)


def wait_for(what, probe, timeout=TIMEOUT):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            found = probe()
        except Exception:  # the tree changes under us while the app builds it
            found = None
        if found:
            return found
        pump(0.2)
    fail(f"timed out after {timeout:.0f} s waiting for {what}")


def showing(node):
    return node.getState().contains(pyatspi.STATE_SHOWING)


def find(root, role, name):
    return pyatspi.findDescendant(
        root, lambda n: n is not None and n.getRole() == role and n.name == name and showing(n))


def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.get_process_id() == pid:
            return app
    return None


def main():
    if len(sys.argv) != 2:
        fail("usage: atspi_billing_lookup.py <path to portone-desk>")
    home = tempfile.mkdtemp(prefix="portone-atspi-")
    os.makedirs(f"{home}/runtime", mode=0o700)
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=f"{home}/.config",
               XDG_DATA_HOME=f"{home}/.local/share", XDG_CACHE_HOME=f"{home}/.cache",
               XDG_RUNTIME_DIR=f"{home}/runtime",
               QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
    env.pop("QT_ACCESSIBILITY", None)
    descriptions = []
    pyatspi.Registry.registerEventListener(
        lambda event: descriptions.append((event.source.name, event.source.description)),
        "object:property-change:accessible-description")
    app = subprocess.Popen([sys.argv[1], "--sandbox", "--lang", "en"], env=env)
    try:
        root = wait_for("portone-desk on the accessibility bus", lambda: find_app(app.pid))
        print(f"atspi: found the application \"{root.name}\" (pid {app.pid})")

        navigation = wait_for("the \"Workspaces\" list",
                              lambda: find(root, pyatspi.ROLE_LIST, "Workspaces"))
        items = [navigation.getChildAtIndex(i) for i in range(navigation.childCount)]
        names = [item.name for item in items]
        if "Billing keys" not in names:
            fail(f"no \"Billing keys\" in the Workspaces list, only {names}")
        item = items[names.index("Billing keys")]
        try:  # a list item's own action, as a screen reader's "activate" does
            item_action = item.queryAction()
            item_names = [item_action.getName(i) for i in range(item_action.nActions)]
            print(f"atspi: the \"Billing keys\" item offers {item_names}")
            item_action.doAction(0)
        except NotImplementedError:
            navigation.queryTable().addRowSelection(names.index("Billing keys"))

        ids = wait_for("the look-up field \"customer_uids to look up\"",
                       lambda: find(root, pyatspi.ROLE_TEXT, "customer_uids to look up"))
        ids.queryEditableText().setTextContents(CUSTOMER_UID)
        print(f"atspi: typed {CUSTOMER_UID} into \"{ids.name}\"")

        button = wait_for("an enabled \"Look up billing keys\" button", lambda: (
            lambda b: b if b and b.getState().contains(pyatspi.STATE_ENABLED) else None)(
                find(root, pyatspi.ROLE_PUSH_BUTTON, "Look up billing keys")))
        action = button.queryAction()
        actions = [action.getName(i) for i in range(action.nActions)]
        if not actions:
            fail("the look-up button offers no action")
        action.doAction(actions.index("Press") if "Press" in actions else 0)
        print(f"atspi: pressed \"{button.name}\" ({actions})")

        table = wait_for("the \"Look-up results\" table",
                         lambda: find(root, pyatspi.ROLE_TABLE, "Look-up results"))
        grid = table.queryTable()

        def row_of_customer():
            headers = [grid.getColumnHeader(c).name for c in range(grid.nColumns)]
            for r in range(grid.nRows):
                cells = {headers[c]: grid.getAccessibleAt(r, c).name for c in range(grid.nColumns)}
                if cells.get("customer_uid") == CUSTOMER_UID and cells.get("Status") == "found":
                    return cells
            return None

        cells = wait_for(f"a \"found\" row for {CUSTOMER_UID} in the results", row_of_customer)
        if not cells.get("Card name"):
            fail(f"the row of {CUSTOMER_UID} has no card name: {cells}")
        print(f"atspi: read the result row: customer_uid={cells['customer_uid']}, "
              f"status={cells['Status']}, card={cells['Card name']}, "
              f"number={cells.get('Card number (masked)')}")

        counts = wait_for("the counts after the look-up", lambda: (
            lambda label: label if label and label.description.startswith("Found: 1") else None)(
                find(root, pyatspi.ROLE_LABEL, "Found and missing counts")))
        print(f"atspi: the counts say \"{counts.description}\"")
        pump(0.5)
        announced = [d for name, d in descriptions if name == "Found and missing counts"]
        if not any(d.startswith("Found: 1") for d in announced):
            fail(f"the counts were not announced (description events: {descriptions})")
        print("atspi: the counts were announced (object:property-change:accessible-description)")
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
        shutil.rmtree(home, ignore_errors=True)
    print("atspi: PASS")


if __name__ == "__main__":
    main()
