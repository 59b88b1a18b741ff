// geoconsole_audit_bench: how fast the audit log's Merkle tree hashes.
// A measuring tool, not a test; see docs/benchmarks.md ("Audit hashing").
#include "audit/MerkleProofVerifier.h"
#include "audit/MerkleTree.h"
#include "audit/MerkleTreeBuilder.h"
#include "audit/Sha256.h"
#include "BenchCpuTime.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QtEndian>

#include <cstdio>
#include <ctime>
#include <vector>

using namespace gc;

namespace {

using bench::cpuMs;

struct Timer
{
    QElapsedTimer wall;
    double cpuStart = cpuMs();
    Timer() { wall.start(); }
    double wallMs() const { return double(wall.nsecsElapsed()) / 1e6; }
    double cpuElapsedMs() const { return cpuMs() - cpuStart; }
};

// A synthetic event record: the index in the first 8 bytes makes every leaf
// distinct; the rest is a fixed pattern, so generating it costs nothing next
// to hashing it.
void fillLeaf(QByteArray& leaf, qint64 index)
{
    qToBigEndian(quint64(index), leaf.data());
}

void report(const char* what, qint64 count, const Timer& t)
{
    std::printf("%s: %lld in %.0f ms wall, %.0f ms CPU: %.0f/s by wall time, %.0f/s by CPU time\n", what,
        static_cast<long long>(count), t.wallMs(), t.cpuElapsedMs(), double(count) / t.wallMs() * 1e3,
        double(count) / t.cpuElapsedMs() * 1e3);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qint64 leaves = 10'000'000;
    int leafSize = 200;
    bool proofs = true;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        bool ok = true;
        if (args[i] == QLatin1String("--leaves") && i + 1 < args.size())
            leaves = args[++i].toLongLong(&ok);
        else if (args[i] == QLatin1String("--leaf-size") && i + 1 < args.size())
            leafSize = args[++i].toInt(&ok);
        else if (args[i] == QLatin1String("--no-proofs"))
            proofs = false;
        else
            ok = false;
        if (!ok || leaves < 2 || leafSize < 8) {
            std::fprintf(stderr,
                "usage: geoconsole_audit_bench [--leaves N>=2] [--leaf-size BYTES>=8] [--no-proofs]\n");
            return 2;
        }
    }

    QByteArray leaf(leafSize, 'e');
    for (int i = 8; i < leafSize; ++i)
        leaf[i] = char('a' + i % 26);

    std::printf("leaves: %lld of %d bytes\n", static_cast<long long>(leaves), leafSize);

    // 1. Streaming: what appending events to the log costs.
    QByteArray root;
    {
        MerkleTreeBuilder builder;
        const Timer t;
        for (qint64 i = 0; i < leaves; ++i) {
            fillLeaf(leaf, i);
            builder.appendLeaf(leaf);
        }
        root = builder.root();
        report("incremental builder (leaf hash + tree)", leaves, t);
    }
    std::printf("root: %s\n", root.toHex().constData());
    if (!proofs)
        return 0;

    // 2. Leaf hashes alone, kept for the proof step below.
    std::vector<Sha256::Digest> hashes(std::size_t(leaves), Sha256::Digest {});
    {
        Sha256 sha;
        const Timer t;
        for (qint64 i = 0; i < leaves; ++i) {
            fillLeaf(leaf, i);
            hashes[std::size_t(i)] = sha.leaf(leaf);
        }
        report("leaf hashes only", leaves, t);
    }
    const MerkleTree::LeafHashSource source
        = [&](qint64 i) { return Sha256::toBytes(hashes[std::size_t(i)]); };

    // 3. Proofs recomputed from leaf hashes: each reads up to every leaf hash.
    {
        const qint64 index = leaves / 2 + 1;
        const Timer t;
        const QList<QByteArray> proof = MerkleTree::inclusionProof(index, leaves, source);
        std::printf("inclusion proof of leaf %lld: %lld hashes in %.0f ms wall, %.0f ms CPU\n",
            static_cast<long long>(index), static_cast<long long>(proof.size()), t.wallMs(),
            t.cpuElapsedMs());
        const ProofFailure f
            = MerkleProofVerifier::verifyInclusion(index, leaves, source(index), proof, root);
        std::printf("  verifies: %s\n", f == ProofFailure::None ? "yes" : "NO");
        if (f != ProofFailure::None)
            return 1;
    }
    {
        const qint64 first = leaves / 3;
        Timer t;
        const QByteArray firstRoot = MerkleTree::rootHash(first, source);
        const double rootMs = t.wallMs();
        t = Timer();
        const QList<QByteArray> proof = MerkleTree::consistencyProof(first, leaves, source);
        std::printf(
            "root of the first %lld leaves: %.0f ms; consistency proof %lld -> %lld: %lld hashes in %.0f ms "
            "wall, %.0f ms CPU\n",
            static_cast<long long>(first), rootMs, static_cast<long long>(first),
            static_cast<long long>(leaves), static_cast<long long>(proof.size()), t.wallMs(),
            t.cpuElapsedMs());
        const ProofFailure f = MerkleProofVerifier::verifyConsistency(first, leaves, firstRoot, root, proof);
        std::printf("  verifies: %s\n", f == ProofFailure::None ? "yes" : "NO");
        if (f != ProofFailure::None)
            return 1;
    }

    // 4. The same proofs when perfect subtrees of 1,024 leaves and more are
    //    stored (what a store would keep: 1 hash per 512 events).
    {
        constexpr int kMinLevel = 10;
        std::vector<std::vector<QByteArray>> stored(64);
        MerkleTreeBuilder builder;
        builder.setSubtreeCallback([&](int level, qint64 index, const QByteArray& hash) {
            if (level >= kMinLevel) {
                auto& row = stored[std::size_t(level)];
                row.resize(std::size_t(index) + 1);
                row[std::size_t(index)] = hash;
            }
        });
        for (const Sha256::Digest& d : hashes)
            builder.appendLeafHash(QByteArrayView(reinterpret_cast<const char*>(d.data()), Sha256::kSize));
        qint64 subtreeReads = 0;
        qint64 leafReads = 0;
        const MerkleTree::SubtreeHashSource subtrees = [&](int level, qint64 index) {
            ++subtreeReads;
            const auto& row = stored[std::size_t(level)];
            return std::size_t(index) < row.size() ? row[std::size_t(index)] : QByteArray();
        };
        const MerkleTree::LeafHashSource countingSource = [&](qint64 i) {
            ++leafReads;
            return source(i);
        };
        const qint64 index = leaves / 2 + 1;
        const Timer t;
        const QList<QByteArray> proof = MerkleTree::inclusionProof(index, leaves, countingSource, subtrees);
        std::printf(
            "inclusion proof of leaf %lld with stored subtrees (level >= %d): %.1f ms wall, %lld leaf "
            "and %lld subtree reads\n",
            static_cast<long long>(index), kMinLevel, t.wallMs(), static_cast<long long>(leafReads),
            static_cast<long long>(subtreeReads));
        if (MerkleProofVerifier::verifyInclusion(index, leaves, source(index), proof, root)
            != ProofFailure::None) {
            std::printf("  verifies: NO\n");
            return 1;
        }
        leafReads = subtreeReads = 0;
        const Timer t2;
        const QList<QByteArray> cons
            = MerkleTree::consistencyProof(leaves / 3, leaves, countingSource, subtrees);
        std::printf(
            "consistency proof %lld -> %lld with stored subtrees: %.1f ms wall, %lld leaf and %lld subtree "
            "reads\n",
            static_cast<long long>(leaves / 3), static_cast<long long>(leaves), t2.wallMs(),
            static_cast<long long>(leafReads), static_cast<long long>(subtreeReads));
        if (MerkleProofVerifier::verifyConsistency(
                leaves / 3, leaves, MerkleTree::rootHash(leaves / 3, source, subtrees), root, cons)
            != ProofFailure::None) {
            std::printf("  verifies: NO\n");
            return 1;
        }
        std::printf("  both verify: yes\n");
    }
    return 0;
}
