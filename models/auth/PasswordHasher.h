#pragma once

#include <QString>

#include <cstdint>

namespace gc {

/// Password hashing with scrypt (OpenSSL's EVP_KDF "SCRYPT"), memory-hard.
/// Encoded form, self-describing so cost can rise later:
///   $scrypt$ln=<log2 N>,r=<r>,p=<p>$<salt base64>$<hash base64>
/// Salt: 16 bytes from RAND_bytes; hash: 32 bytes. Base64 is the standard
/// alphabet without trailing '='. Passwords are hashed as NFC-normalised UTF-8,
/// so the same text typed on different systems verifies.
class PasswordHasher final
{
public:
    struct Cost
    {
        int logN = 15;  ///< N = 2^15, r = 8: 32 MiB per hash
        int r = 8;
        int p = 1;
    };

    static constexpr int kSaltBytes = 16;
    static constexpr int kHashBytes = 32;
    /// Upper bounds for a cost, also applied to parsed hashes so that a hostile
    /// encoded string cannot make verify() allocate gigabytes or run for minutes.
    static constexpr int kMaxLogN = 20;
    static constexpr int kMaxR = 32;
    static constexpr int kMaxP = 4;
    /// Largest scrypt working set (128 * r * N bytes) accepted: 1 GiB.
    static constexpr std::uint64_t kMaxMemoryBytes = std::uint64_t(1) << 30;

    /// Hashes `password`. Throws std::invalid_argument for a cost outside the
    /// bounds above, std::runtime_error if OpenSSL fails.
    static QString hash(const QString& password, Cost cost);
    static QString hash(const QString& password) { return hash(password, Cost {}); }
    /// Constant-time comparison; false for a malformed `encoded` string or a
    /// cost outside the bounds. Never throws.
    static bool verify(const QString& password, const QString& encoded);
    /// True when `encoded` uses a lower cost than `cost` (rehash on next sign-in),
    /// and for a malformed `encoded` string.
    static bool needsRehash(const QString& encoded, Cost cost);
    /// True when `cost` is within the bounds above (1 <= logN, r, p).
    static bool isSupported(Cost cost);
};

} // namespace gc
