"""Pure business rules: money, enumerations, hierarchy and visit-cycle maths (no I/O)."""
