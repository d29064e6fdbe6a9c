"""Qt item models: one QAbstractTableModel per table, plus proxies."""
