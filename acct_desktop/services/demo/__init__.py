"""A realistic, deterministic demo territory (``acct-desktop demo``)."""

from acct_desktop.services.demo.generator import SIZES, DemoSize, DemoSummary, generate_demo

__all__ = ["SIZES", "DemoSize", "DemoSummary", "generate_demo"]
