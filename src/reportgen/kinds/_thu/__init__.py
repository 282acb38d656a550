"""Letters to foreign partners (Quyết định 3287/QĐ-BNG): what the công hàm, công thư, thư mời and giấy mời chiêu
đãi kinds share. One input holds both languages; the build writes the Vietnamese original and the translation with
the same blocks in the same order, each in its own language's conventions. Private (underscore): not a kind.
"""
