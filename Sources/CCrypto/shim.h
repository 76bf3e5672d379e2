// Shim for OpenSSL's libcrypto: digests, HMAC, PBKDF2 and random bytes.
#ifndef TELLER_CCRYPTO_SHIM_H
#define TELLER_CCRYPTO_SHIM_H
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/crypto.h>

// EVP_sha256 and friends are functions, but OPENSSL_free is a macro.
static inline void teller_openssl_free(void *ptr) { OPENSSL_free(ptr); }
#endif
