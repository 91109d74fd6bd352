"""The startup floor: the cheapest window shaped like acct-desktop's main window.

A bare ``QMainWindow`` with five empty ``QDockWidget``s is shown and the application quits on
the first turn of the event loop. ``bench/run.py`` times this process from launch to exit;
whatever acct-desktop's own startup costs beyond it is the app's doing (imports, database,
models, widgets, settings), not Python's or Qt's.

Run directly: ``QT_QPA_PLATFORM=offscreen python bench/floor_window.py`` prints
``ready <seconds>`` like ``acct-desktop --quit-when-ready`` does.

With ``--watch SECONDS`` it is the floor of ``open_stall`` instead: the same window's event
loop watched by the app's ``StallWatch`` for that long with nothing to do, printing
``idle <seconds> open <seconds> stall <seconds>`` like ``acct-desktop --quit-when-idle``:
the timer's own jitter on this machine.
"""

from __future__ import annotations

import sys
import time

STARTED = time.perf_counter()

from PySide6.QtCore import Qt, QTimer  # noqa: E402  (the clock starts before Qt loads)
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow  # noqa: E402

DOCK_AREAS = (  # the app's default layout: one dock on the left, four tabbed at the bottom
    Qt.DockWidgetArea.LeftDockWidgetArea,
    Qt.DockWidgetArea.BottomDockWidgetArea,
    Qt.DockWidgetArea.BottomDockWidgetArea,
    Qt.DockWidgetArea.BottomDockWidgetArea,
    Qt.DockWidgetArea.BottomDockWidgetArea,
)


def main() -> int:
    """Show the bare window, quit on the first event-loop turn (or after watching it for
    ``--watch SECONDS``); return the exit code."""
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("floor")
    bottom: list[QDockWidget] = []
    for number, area in enumerate(DOCK_AREAS, start=1):
        dock = QDockWidget(f"Dock {number}", window)
        dock.setObjectName(f"floorDock{number}")
        window.addDockWidget(area, dock)
        if area == Qt.DockWidgetArea.BottomDockWidgetArea:
            bottom.append(dock)
    for dock in bottom[1:]:
        window.tabifyDockWidget(bottom[0], dock)
    window.resize(1366, 768)
    window.show()

    def report_ready() -> None:
        print(f"ready {time.perf_counter() - STARTED:.3f}", flush=True)
        window.close()
        app.quit()

    if "--watch" in sys.argv:
        from acct_desktop.gui.stall_watch import StallWatch

        seconds = float(sys.argv[sys.argv.index("--watch") + 1])
        watch = StallWatch(window)
        watch.start()

        def report_idle() -> None:
            elapsed = time.perf_counter() - STARTED
            print(f"idle {elapsed:.3f} open {watch.first_s or 0:.3f} stall {watch.longest_s:.3f}")
            window.close()
            app.quit()

        QTimer.singleShot(round(seconds * 1000), report_idle)
    else:
        QTimer.singleShot(0, report_ready)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
