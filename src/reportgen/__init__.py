"""reportgen: Vietnamese foreign-affairs documents from YAML, laid out per Nghị định 30/2020/NĐ-CP."""

__version__ = "0.1.0"
