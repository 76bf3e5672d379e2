// Shim for OpenSSL's libcrypto: digests, HMAC, PBKDF2, AES-256-GCM and random bytes.
#ifndef TELLER_CCRYPTO_SHIM_H
#define TELLER_CCRYPTO_SHIM_H
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/crypto.h>

// EVP_sha256 and friends are functions, but OPENSSL_free is a macro.
static inline void teller_openssl_free(void *ptr) { OPENSSL_free(ptr); }
// The GCM control codes are macros defined through other macros; Swift sees these constants instead.
static const int teller_gcm_set_ivlen = EVP_CTRL_GCM_SET_IVLEN;
static const int teller_gcm_get_tag = EVP_CTRL_GCM_GET_TAG;
static const int teller_gcm_set_tag = EVP_CTRL_GCM_SET_TAG;
#endif
