"""check/templates"""
