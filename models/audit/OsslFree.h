#pragma once

// Private to models/audit: a unique_ptr deleter for the OpenSSL objects the
// audit code owns, so every early return or throw frees them.
#include <openssl/bio.h>
#include <openssl/evp.h>

namespace gc {

struct OsslFree
{
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
    void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
    void operator()(BIO* b) const { BIO_free(b); }
};

} // namespace gc
