"""Electronic documents: a sign-ready PDF, signing with an office's own key, and checking signatures.

The government signing tools (VGCASignService, vSignPDF) sign with a USB token on the leader's PC; reportgen's part
is to hand them a PDF whose signature place is already where Nghị định 30 Phụ lục I puts the image, and to say
plainly what a signed PDF's signatures prove. Everything cryptographic is pyHanko's, never hand-written.
"""

import warnings

# pyHanko imports cryptography's DSA names (for old signatures it can still read); the warning that import raises
# is about cryptography's future, not about anything a user of reportgen did, so it is not shown.
warnings.filterwarnings("ignore", message="DSA is deprecated", module="pyhanko")
