#pragma once

#include <QString>

namespace gc {

/// Password hashing with scrypt (OpenSSL's EVP_KDF "SCRYPT"), memory-hard.
/// Encoded form, self-describing so cost can rise later:
///   $scrypt$ln=<log2 N>,r=<r>,p=<p>$<salt base64>$<hash base64>
/// Salt: 16 bytes from RAND_bytes; hash: 32 bytes.
class PasswordHasher final
{
public:
    struct Cost
    {
        int logN = 15;  ///< N = 2^15, r = 8: 32 MiB per hash
        int r = 8;
        int p = 1;
    };

    /// Hashes `password`. Throws std::runtime_error if OpenSSL fails.
    static QString hash(const QString& password, Cost cost);
    static QString hash(const QString& password) { return hash(password, Cost{}); }
    /// Constant-time comparison; false for a malformed `encoded` string.
    static bool verify(const QString& password, const QString& encoded);
    /// True when `encoded` uses a lower cost than `cost` (rehash on next sign-in).
    static bool needsRehash(const QString& encoded, Cost cost);
};

} // namespace gc
