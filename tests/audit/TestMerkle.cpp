#include "audit/MerkleProof.h"
#include "audit/MerkleProofVerifier.h"
#include "audit/MerkleTree.h"
#include "audit/MerkleTreeBuilder.h"
#include "core/DomainError.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

#include <span>

using namespace gc;

namespace QTest {
// Names instead of numbers when a QCOMPARE on a verdict fails.
template <> char* toString(const gc::ProofFailure& f)
{
    return qstrdup(gc::MerkleProofVerifier::message(f).toUtf8().constData());
}
} // namespace QTest

namespace {

QByteArray hex(const char* h)
{
    return QByteArray::fromHex(QByteArray(h));
}

QList<QByteArray> hexList(std::initializer_list<const char*> list)
{
    QList<QByteArray> out;
    for (const char* h : list)
        out.append(hex(h));
    return out;
}

// The RFC 6962 test vectors used by Certificate Transparency's reference
// implementations, copied from transparency-dev/merkle `proof/verify_test.go`
// (the same leaves and roots as google/certificate-transparency
// `cpp/merkletree/merkle_tree_test.cc`).
const QList<QByteArray>& referenceLeaves()
{
    static const QList<QByteArray> leaves = hexList({
        "",
        "00",
        "10",
        "2021",
        "3031",
        "40414243",
        "5051525354555657",
        "606162636465666768696a6b6c6d6e6f",
    });
    return leaves;
}

// Roots of the trees of the first 1..8 reference leaves.
const QList<QByteArray>& referenceRootList()
{
    static const QList<QByteArray> roots = hexList({
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    });
    return roots;
}

QList<QByteArray> leafHashes(const QList<QByteArray>& leaves)
{
    QList<QByteArray> out;
    for (const QByteArray& l : leaves)
        out.append(MerkleTree::leafHash(l));
    return out;
}

QList<QByteArray> syntheticLeafHashes(int n)
{
    QList<QByteArray> out;
    for (int i = 0; i < n; ++i)
        out.append(MerkleTree::leafHash(QByteArray(QByteArray("event-") + QByteArray::number(i))));
    return out;
}

std::span<const QByteArray> first(const QList<QByteArray>& list, qint64 n)
{
    return std::span<const QByteArray>(list.constData(), std::size_t(n));
}

// MTH written straight from RFC 6962 §2.1, independent of MerkleTreeBuilder
// (which MerkleTree itself uses for subtree hashes).
QByteArray naiveMth(std::span<const QByteArray> hashes)
{
    if (hashes.empty())
        return MerkleTree::emptyRoot();
    if (hashes.size() == 1)
        return hashes[0];
    std::size_t k = 1;
    while (k * 2 < hashes.size())
        k *= 2;
    return MerkleTree::nodeHash(naiveMth(hashes.subspan(0, k)), naiveMth(hashes.subspan(k)));
}

QByteArray flipBit(QByteArray h, int bit)
{
    h[bit / 8] = char(h[bit / 8] ^ (1 << (bit % 8)));
    return h;
}

// A proof for the tree of `leafHashes`, with the sizes it is for.
MerkleProof proofOf(MerkleProof::Kind kind, qint64 first, std::span<const QByteArray> leafHashes)
{
    MerkleProof p;
    p.kind = kind;
    p.first = first;
    p.second = qint64(leafHashes.size());
    p.hashes = kind == MerkleProof::Kind::Inclusion ? MerkleTree::inclusionProof(first, leafHashes)
                                                    : MerkleTree::consistencyProof(first, leafHashes);
    return p;
}

struct InclusionVector
{
    qint64 index;
    qint64 size;
    QList<QByteArray> proof;
};

struct ConsistencyVector
{
    qint64 size1;
    qint64 size2;
    QList<QByteArray> proof;
};

} // namespace

class TestMerkle : public QObject
{
    Q_OBJECT

private slots:
    void emptyTree()
    {
        QCOMPARE(
            MerkleTree::emptyRoot(), hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        MerkleTreeBuilder builder;
        QCOMPARE(builder.root(), MerkleTree::emptyRoot());
        QCOMPARE(MerkleTree::rootHash(std::span<const QByteArray>()), MerkleTree::emptyRoot());
    }

    void referenceRoots()
    {
        const QList<QByteArray> hashes = leafHashes(referenceLeaves());
        MerkleTreeBuilder builder;
        for (int n = 1; n <= 8; ++n) {
            builder.appendLeaf(referenceLeaves().at(n - 1));
            QCOMPARE(builder.size(), n);
            QCOMPARE(builder.root(), referenceRootList().at(n - 1));
            QCOMPARE(MerkleTree::rootHash(first(hashes, n)), referenceRootList().at(n - 1));
            QCOMPARE(naiveMth(first(hashes, n)), referenceRootList().at(n - 1));
        }
        // The root of a one-leaf tree is its leaf hash: SHA-256(0x00).
        QCOMPARE(hashes.at(0), referenceRootList().at(0));
    }

    void referenceInclusionProofs()
    {
        // transparency-dev/merkle proof/verify_test.go `inclusionProofs` (its
        // leaf numbers are 1-based; ours are 0-based indexes).
        const QList<InclusionVector> vectors = {
            { 0, 1, {} },
            { 0, 8,
                hexList({ "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4" }) },
            { 5, 8,
                hexList({ "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7" }) },
            { 2, 3, hexList({ "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125" }) },
            { 1, 5,
                hexList({ "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b" }) },
        };
        const QList<QByteArray> hashes = leafHashes(referenceLeaves());
        for (const InclusionVector& v : vectors) {
            const QByteArray root = referenceRootList().at(v.size - 1);
            const QByteArray leaf = hashes.at(v.index);
            QCOMPARE(MerkleTree::inclusionProof(v.index, first(hashes, v.size)), v.proof);
            QCOMPARE(MerkleProofVerifier::verifyInclusion(v.index, v.size, leaf, v.proof, root),
                ProofFailure::None);

            // The corruptions transparency-dev probes, each must fail.
            const QByteArray someHash
                = hex("abacaba000000000000000000000000000000000000000000060061e00123456");
            QVERIFY(MerkleProofVerifier::verifyInclusion(v.index - 1, v.size, leaf, v.proof, root)
                != ProofFailure::None);
            QVERIFY(MerkleProofVerifier::verifyInclusion(v.index + 1, v.size, leaf, v.proof, root)
                != ProofFailure::None);
            QVERIFY(MerkleProofVerifier::verifyInclusion(v.index ^ 2, v.size, leaf, v.proof, root)
                != ProofFailure::None);
            QVERIFY(MerkleProofVerifier::verifyInclusion(v.index, v.size * 2, leaf, v.proof, root)
                != ProofFailure::None);
            QVERIFY(MerkleProofVerifier::verifyInclusion(v.index, v.size / 2, leaf, v.proof, root)
                != ProofFailure::None);
            QCOMPARE(
                MerkleProofVerifier::verifyInclusion(v.index, v.size, QByteArray("WrongLeaf"), v.proof, root),
                ProofFailure::WrongHashLength);
            QCOMPARE(
                MerkleProofVerifier::verifyInclusion(v.index, v.size, leaf, v.proof, MerkleTree::emptyRoot()),
                ProofFailure::Mismatch);
            QCOMPARE(MerkleProofVerifier::verifyInclusion(v.index, v.size, leaf, v.proof, someHash),
                ProofFailure::Mismatch);
            QCOMPARE(MerkleProofVerifier::verifyInclusion(
                         v.index, v.size, leaf, v.proof + QList { QByteArray() }, root),
                ProofFailure::WrongHashLength);
            QCOMPARE(
                MerkleProofVerifier::verifyInclusion(v.index, v.size, leaf, v.proof + QList { root }, root),
                ProofFailure::ProofTooLong);
            QCOMPARE(
                MerkleProofVerifier::verifyInclusion(v.index, v.size, leaf, QList { root } + v.proof, root),
                ProofFailure::ProofTooLong);
            for (int i = 0; i < v.proof.size(); ++i) {
                QList<QByteArray> wrong = v.proof;
                wrong[i][0] = char(wrong[i][0] ^ 8);
                QCOMPARE(MerkleProofVerifier::verifyInclusion(v.index, v.size, leaf, wrong, root),
                    ProofFailure::Mismatch);
            }
            if (!v.proof.isEmpty()) {
                QCOMPARE(MerkleProofVerifier::verifyInclusion(
                             v.index, v.size, leaf, v.proof.first(v.proof.size() - 1), root),
                    ProofFailure::ProofTooShort);
            }
            if (v.proof.size() > 1) {
                QList<QByteArray> inserted = v.proof;
                inserted.insert(1, someHash);
                QCOMPARE(MerkleProofVerifier::verifyInclusion(v.index, v.size, leaf, inserted, root),
                    ProofFailure::ProofTooLong);
            }
        }
    }

    void referenceConsistencyProofs()
    {
        // transparency-dev/merkle proof/verify_test.go `consistencyProofs`.
        const QList<ConsistencyVector> vectors = {
            { 1, 1, {} },
            { 1, 8,
                hexList({ "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4" }) },
            { 6, 8,
                hexList({ "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7" }) },
            { 2, 5,
                hexList({ "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b" }) },
            { 6, 7,
                hexList({ "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7" }) },
        };
        const QList<QByteArray> hashes = leafHashes(referenceLeaves());
        for (const ConsistencyVector& v : vectors) {
            const QByteArray root1 = referenceRootList().at(v.size1 - 1);
            const QByteArray root2 = referenceRootList().at(v.size2 - 1);
            QCOMPARE(MerkleTree::consistencyProof(v.size1, first(hashes, v.size2)), v.proof);
            QCOMPARE(MerkleProofVerifier::verifyConsistency(v.size1, v.size2, root1, root2, v.proof),
                ProofFailure::None);
            if (v.proof.isEmpty())
                continue;
            const auto rejects = [&](qint64 s1, qint64 s2, const QByteArray& r1, const QByteArray& r2,
                                     const QList<QByteArray>& proof) {
                return MerkleProofVerifier::verifyConsistency(s1, s2, r1, r2, proof) != ProofFailure::None;
            };
            QVERIFY(rejects(v.size1 - 1, v.size2, root1, root2, v.proof));
            QVERIFY(rejects(v.size1 + 1, v.size2, root1, root2, v.proof));
            QVERIFY(rejects(v.size1 ^ 2, v.size2, root1, root2, v.proof));
            QVERIFY(rejects(v.size1, v.size2 * 2, root1, root2, v.proof));
            QVERIFY(rejects(v.size1, v.size2 / 2, root1, root2, v.proof));
            QVERIFY(rejects(v.size1, v.size2, QByteArray("WrongRoot"), root2, v.proof));
            QVERIFY(rejects(v.size1, v.size2, root1, QByteArray("WrongRoot"), v.proof));
            QVERIFY(rejects(v.size1, v.size2, root2, root1, v.proof));
            QVERIFY(rejects(v.size1, v.size2, root1, root2, {}));
            QVERIFY(rejects(v.size1, v.size2, root1, root2, v.proof + QList { QByteArray() }));
            QVERIFY(rejects(v.size1, v.size2, root1, root2, v.proof + QList { root1 }));
            QVERIFY(rejects(v.size1, v.size2, root1, root2, v.proof + QList { root2 }));
            QVERIFY(rejects(v.size1, v.size2, root1, root2, QList { QByteArray() } + v.proof));
            QVERIFY(rejects(v.size1, v.size2, root1, root2, QList { root1 } + v.proof));
            QVERIFY(rejects(v.size1, v.size2, root1, root2, QList { root2 } + v.proof));
            QVERIFY(rejects(v.size1, v.size2, root1, root2, QList { v.proof.first() } + v.proof));
            QCOMPARE(MerkleProofVerifier::verifyConsistency(
                         v.size1, v.size2, root1, root2, v.proof.first(v.proof.size() - 1)),
                ProofFailure::ProofTooShort);
            for (int i = 0; i < v.proof.size(); ++i) {
                QList<QByteArray> wrong = v.proof;
                wrong[i][0] = char(wrong[i][0] ^ 16);
                QCOMPARE(MerkleProofVerifier::verifyConsistency(v.size1, v.size2, root1, root2, wrong),
                    ProofFailure::Mismatch);
            }
        }
    }

    void consistencyEdgeCases()
    {
        const QByteArray empty = MerkleTree::emptyRoot();
        const QByteArray a = MerkleTree::leafHash("a");
        const QByteArray b = MerkleTree::leafHash("b");
        // Sizes that are always consistent: equal trees and the empty tree.
        QCOMPARE(MerkleProofVerifier::verifyConsistency(0, 0, empty, empty, {}), ProofFailure::None);
        QCOMPARE(MerkleProofVerifier::verifyConsistency(0, 1, empty, a, {}), ProofFailure::None);
        QCOMPARE(MerkleProofVerifier::verifyConsistency(1, 1, a, a, {}), ProofFailure::None);
        // A fork: same size, different root.
        QCOMPARE(MerkleProofVerifier::verifyConsistency(1, 1, a, b, {}), ProofFailure::Mismatch);
        QCOMPARE(MerkleProofVerifier::verifyConsistency(0, 1, a, b, {}), ProofFailure::Mismatch);
        // A log that shrank.
        QCOMPARE(MerkleProofVerifier::verifyConsistency(1, 0, a, empty, {}), ProofFailure::FirstSizeLarger);
        QCOMPARE(MerkleProofVerifier::verifyConsistency(2, 1, a, b, {}), ProofFailure::FirstSizeLarger);
        QCOMPARE(MerkleProofVerifier::verifyConsistency(1, 2, a, b, {}), ProofFailure::ProofTooShort);
        // Trivial sizes with a non-empty proof.
        QCOMPARE(MerkleProofVerifier::verifyConsistency(0, 0, empty, empty, { empty }),
            ProofFailure::ProofTooLong);
        QCOMPARE(MerkleProofVerifier::verifyConsistency(1, 1, a, a, { empty }), ProofFailure::ProofTooLong);
        QCOMPARE(MerkleProofVerifier::verifyConsistency(-1, 1, a, a, {}), ProofFailure::InvalidSize);
        QCOMPARE(
            MerkleProofVerifier::verifyConsistency(1, 1, a.left(31), a, {}), ProofFailure::WrongHashLength);

        QCOMPARE(MerkleProofVerifier::verifyInclusion(0, 0, a, {}, empty), ProofFailure::IndexOutOfRange);
        QCOMPARE(MerkleProofVerifier::verifyInclusion(1, 1, a, {}, a), ProofFailure::IndexOutOfRange);
        QCOMPARE(MerkleProofVerifier::verifyInclusion(-1, 1, a, {}, a), ProofFailure::InvalidSize);
        QCOMPARE(MerkleProofVerifier::verifyInclusion(0, 1, a, {}, a), ProofFailure::None);
        QCOMPARE(
            MerkleProofVerifier::verifyInclusion(0, 1, a, {}, QByteArray()), ProofFailure::WrongHashLength);
        QCOMPARE(
            MerkleProofVerifier::verifyInclusion(0, 1, QByteArray(), {}, a), ProofFailure::WrongHashLength);
    }

    void invalidProofRequestsThrow()
    {
        const QList<QByteArray> hashes = syntheticLeafHashes(4);
        QVERIFY_THROWS_EXCEPTION(DomainError, (void)MerkleTree::inclusionProof(4, first(hashes, 4)));
        QVERIFY_THROWS_EXCEPTION(DomainError, (void)MerkleTree::inclusionProof(-1, first(hashes, 4)));
        QVERIFY_THROWS_EXCEPTION(DomainError, (void)MerkleTree::consistencyProof(5, first(hashes, 4)));
        QVERIFY_THROWS_EXCEPTION(DomainError, (void)MerkleTree::consistencyProof(-1, first(hashes, 4)));
        const MerkleTree::LeafHashSource shortHashes = [](qint64) { return QByteArray(31, 'x'); };
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)MerkleTree::rootHash(3, shortHashes));
        MerkleTreeBuilder builder;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, builder.appendLeafHash(QByteArray(33, 'x')));
        QCOMPARE(builder.size(), 0);
    }

    void allInclusionProofsUpTo64()
    {
        const QList<QByteArray> hashes = syntheticLeafHashes(64);
        for (int n = 1; n <= 64; ++n) {
            const QByteArray root = naiveMth(first(hashes, n));
            for (int m = 0; m < n; ++m) {
                const QList<QByteArray> proof = MerkleTree::inclusionProof(m, first(hashes, n));
                QCOMPARE(proof.size(), MerkleProofVerifier::inclusionProofLength(m, n));
                if (MerkleProofVerifier::verifyInclusion(m, n, hashes.at(m), proof, root)
                    != ProofFailure::None)
                    QFAIL(qPrintable(QStringLiteral("inclusion of %1 in %2 did not verify").arg(m).arg(n)));
                // Another leaf's hash at this position must not verify.
                if (n > 1) {
                    const QByteArray other = hashes.at((m + 1) % n);
                    QCOMPARE(MerkleProofVerifier::verifyInclusion(m, n, other, proof, root),
                        ProofFailure::Mismatch);
                }
            }
        }
    }

    void allConsistencyProofsUpTo64()
    {
        const QList<QByteArray> hashes = syntheticLeafHashes(64);
        QList<QByteArray> roots;
        for (int n = 0; n <= 64; ++n)
            roots.append(naiveMth(first(hashes, n)));
        for (int n = 1; n <= 64; ++n) {
            for (int m = 0; m <= n; ++m) {
                const QList<QByteArray> proof = MerkleTree::consistencyProof(m, first(hashes, n));
                QCOMPARE(proof.size(), MerkleProofVerifier::consistencyProofLength(m, n));
                if (MerkleProofVerifier::verifyConsistency(m, n, roots.at(m), roots.at(n), proof)
                    != ProofFailure::None)
                    QFAIL(qPrintable(QStringLiteral("consistency %1 -> %2 did not verify").arg(m).arg(n)));
                if (m < n) {
                    QCOMPARE(MerkleProofVerifier::verifyConsistency(n, m, roots.at(n), roots.at(m), proof),
                        ProofFailure::FirstSizeLarger);
                }
                if (m > 0 && m < n) {
                    // A rewritten history: the old root of a different log.
                    const QByteArray forged = MerkleTree::nodeHash(roots.at(m), roots.at(m));
                    QCOMPARE(MerkleProofVerifier::verifyConsistency(m, n, forged, roots.at(n), proof),
                        ProofFailure::Mismatch);
                }
            }
        }
    }

    void builderMatchesRecursiveMth()
    {
        QRandomGenerator rng(6962);
        const QList<QByteArray> hashes = syntheticLeafHashes(5000);
        QList<int> sizes { 0, 1, 2, 3, 4, 5, 7, 8, 9, 1023, 1024, 1025, 4095, 4096, 4097, 5000 };
        for (int i = 0; i < 40; ++i)
            sizes.append(rng.bounded(1, 5001));
        std::sort(sizes.begin(), sizes.end());
        MerkleTreeBuilder builder;
        for (int size : sizes) {
            while (builder.size() < size)
                builder.appendLeafHash(hashes.at(builder.size()));
            const QByteArray root = builder.root();
            QCOMPARE(root, naiveMth(first(hashes, size)));
            // root() does not disturb the state.
            QCOMPARE(builder.root(), root);
            QCOMPARE(MerkleTree::rootHash(size, [&](qint64 i) { return hashes.at(i); }), root);
        }
        builder.clear();
        QCOMPARE(builder.size(), 0);
        QCOMPARE(builder.root(), MerkleTree::emptyRoot());
    }

    void proofsReadEachLeafAtMostOnce()
    {
        const QList<QByteArray> hashes = syntheticLeafHashes(1000);
        qint64 reads = 0;
        const MerkleTree::LeafHashSource source = [&](qint64 i) {
            ++reads;
            return hashes.at(i);
        };
        const QList<QByteArray> proof = MerkleTree::inclusionProof(377, 1000, source);
        QVERIFY(reads <= 1000);
        QCOMPARE(proof, MerkleTree::inclusionProof(377, first(hashes, 1000)));
        reads = 0;
        const QList<QByteArray> cons = MerkleTree::consistencyProof(377, 1000, source);
        QVERIFY(reads <= 1000);
        QCOMPARE(MerkleProofVerifier::verifyConsistency(
                     377, 1000, naiveMth(first(hashes, 377)), naiveMth(first(hashes, 1000)), cons),
            ProofFailure::None);
    }

    void storedSubtreesGiveTheSameProofsWithFewReads()
    {
        const QList<QByteArray> hashes = syntheticLeafHashes(1000);
        QHash<QPair<int, qint64>, QByteArray> stored;
        MerkleTreeBuilder builder;
        builder.setSubtreeCallback([&](int level, qint64 index, const QByteArray& hash) {
            if (level >= 3)
                stored.insert({ level, index }, hash);
        });
        for (const QByteArray& h : hashes)
            builder.appendLeafHash(h);
        // Every complete perfect subtree of level >= 3 was reported, with its MTH.
        QCOMPARE(stored.size(),
            1000 / 8 + 1000 / 16 + 1000 / 32 + 1000 / 64 + 1000 / 128 + 1000 / 256 + 1000 / 512);
        QCOMPARE(stored.value({ 3, 5 }), naiveMth(std::span(hashes).subspan(40, 8)));
        QCOMPARE(stored.value({ 9, 0 }), naiveMth(std::span(hashes).subspan(0, 512)));

        qint64 leafReads = 0;
        qint64 subtreeReads = 0;
        const MerkleTree::LeafHashSource leaves = [&](qint64 i) {
            ++leafReads;
            return hashes.at(i);
        };
        const MerkleTree::SubtreeHashSource subtrees = [&](int level, qint64 index) {
            ++subtreeReads;
            return stored.value({ level, index });
        };
        // At most two partial level-3 subtrees per level of the path, and one
        // lookup per stored subtree the path needs: O(log n) for both.
        const auto fewReads = [&] { return leafReads <= 16 * 11 && subtreeReads <= 2 * 11; };
        const auto readCounts = [&] {
            return QStringLiteral("%1 leaf reads, %2 subtree reads").arg(leafReads).arg(subtreeReads);
        };
        for (qint64 n : { 1, 2, 7, 8, 9, 100, 513, 999, 1000 }) {
            const std::span<const QByteArray> prefix = first(hashes, n);
            QCOMPARE(MerkleTree::rootHash(n, leaves, subtrees), naiveMth(prefix));
            for (qint64 m : { qint64(0), n / 3, n / 2, n - 1 }) {
                leafReads = 0;
                subtreeReads = 0;
                QCOMPARE(MerkleTree::inclusionProof(m, n, leaves, subtrees),
                    MerkleTree::inclusionProof(m, prefix));
                QVERIFY2(fewReads(), qPrintable(readCounts()));
            }
            for (qint64 m : { qint64(1), n / 3, n / 2, n - 1 }) {
                if (m < 1 || m > n)
                    continue;
                leafReads = 0;
                subtreeReads = 0;
                QCOMPARE(MerkleTree::consistencyProof(m, n, leaves, subtrees),
                    MerkleTree::consistencyProof(m, prefix));
                QVERIFY2(fewReads(), qPrintable(readCounts()));
            }
        }
        QVERIFY(subtreeReads > 0);
        // The stored hashes were used: without them a proof reads about n leaves.
        leafReads = 0;
        (void)MerkleTree::inclusionProof(500, 1000, leaves);
        QCOMPARE(leafReads, 999);

        // A store that returns a damaged subtree hash is an error, not a wrong proof.
        const MerkleTree::SubtreeHashSource damaged = [](int, qint64) { return QByteArray(16, 'x'); };
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument, (void)MerkleTree::inclusionProof(5, 1000, leaves, damaged));
    }

    void everyBitFlipRejected()
    {
        const QList<QByteArray> hashes = syntheticLeafHashes(16);
        for (int n = 1; n <= 16; ++n) {
            const QByteArray root = naiveMth(first(hashes, n));
            for (int m = 0; m < n; ++m) {
                const QList<QByteArray> proof = MerkleTree::inclusionProof(m, first(hashes, n));
                for (int i = 0; i < proof.size(); ++i) {
                    for (int bit = 0; bit < 256; ++bit) {
                        QList<QByteArray> wrong = proof;
                        wrong[i] = flipBit(wrong[i], bit);
                        if (MerkleProofVerifier::verifyInclusion(m, n, hashes.at(m), wrong, root)
                            != ProofFailure::Mismatch)
                            QFAIL(qPrintable(QStringLiteral("flip %1 of hash %2 accepted (%3 in %4)")
                                                 .arg(bit)
                                                 .arg(i)
                                                 .arg(m)
                                                 .arg(n)));
                    }
                }
                for (int bit = 0; bit < 256; ++bit) {
                    QCOMPARE(
                        MerkleProofVerifier::verifyInclusion(m, n, flipBit(hashes.at(m), bit), proof, root),
                        ProofFailure::Mismatch);
                }
            }
            for (int m = 1; m < n; ++m) {
                const QByteArray root1 = naiveMth(first(hashes, m));
                const QList<QByteArray> proof = MerkleTree::consistencyProof(m, first(hashes, n));
                for (int i = 0; i < proof.size(); ++i) {
                    for (int bit = 0; bit < 256; ++bit) {
                        QList<QByteArray> wrong = proof;
                        wrong[i] = flipBit(wrong[i], bit);
                        if (MerkleProofVerifier::verifyConsistency(m, n, root1, root, wrong)
                            != ProofFailure::Mismatch)
                            QFAIL(qPrintable(QStringLiteral("flip %1 of hash %2 accepted (%3 -> %4)")
                                                 .arg(bit)
                                                 .arg(i)
                                                 .arg(m)
                                                 .arg(n)));
                    }
                }
            }
        }
    }

    void tamperedShapesRejected()
    {
        const QList<QByteArray> hashes = syntheticLeafHashes(16);
        for (int n = 2; n <= 16; ++n) {
            const QByteArray root = naiveMth(first(hashes, n));
            for (int m = 0; m < n; ++m) {
                const QList<QByteArray> proof = MerkleTree::inclusionProof(m, first(hashes, n));
                const QByteArray leaf = hashes.at(m);
                // Wrong index or size: rejected, whatever the reason given.
                // (An inclusion proof alone does not pin the size: leaf 0 of 5
                // hashes the same path as leaf 0 of 6. The signed checkpoint
                // binds size and root, so only sizes that change the path
                // shape are probed here, as transparency-dev does.)
                for (qint64 index : { qint64(m) - 1, qint64(m) + 1 }) {
                    if (index >= 0)
                        QVERIFY(MerkleProofVerifier::verifyInclusion(index, n, leaf, proof, root)
                            != ProofFailure::None);
                }
                for (qint64 size : { qint64(n) / 2, qint64(n) * 2 })
                    QVERIFY(MerkleProofVerifier::verifyInclusion(m, size, leaf, proof, root)
                        != ProofFailure::None);
                QCOMPARE(MerkleProofVerifier::verifyInclusion(n, n, leaf, proof, root),
                    ProofFailure::IndexOutOfRange);
                QCOMPARE(MerkleProofVerifier::verifyInclusion(m, n, leaf, proof + QList { leaf }, root),
                    ProofFailure::ProofTooLong);
                QCOMPARE(
                    MerkleProofVerifier::verifyInclusion(m, n, leaf, proof.first(proof.size() - 1), root),
                    ProofFailure::ProofTooShort);
                QList<QByteArray> shortHash = proof;
                shortHash[0].chop(1);
                QCOMPARE(MerkleProofVerifier::verifyInclusion(m, n, leaf, shortHash, root),
                    ProofFailure::WrongHashLength);
                QList<QByteArray> longHash = proof;
                longHash[0].append('\0');
                QCOMPARE(MerkleProofVerifier::verifyInclusion(m, n, leaf, longHash, root),
                    ProofFailure::WrongHashLength);
            }
            for (int m = 1; m < n; ++m) {
                const QByteArray root1 = naiveMth(first(hashes, m));
                const QList<QByteArray> proof = MerkleTree::consistencyProof(m, first(hashes, n));
                QCOMPARE(MerkleProofVerifier::verifyConsistency(n, m, root, root1, proof),
                    ProofFailure::FirstSizeLarger);
                QCOMPARE(MerkleProofVerifier::verifyConsistency(m, n, root1, root, proof + QList { root }),
                    ProofFailure::ProofTooLong);
                QCOMPARE(
                    MerkleProofVerifier::verifyConsistency(m, n, root1, root, proof.first(proof.size() - 1)),
                    ProofFailure::ProofTooShort);
                for (qint64 size1 : { qint64(m) - 1, qint64(m) + 1 }) {
                    if (size1 < n) {
                        QVERIFY(MerkleProofVerifier::verifyConsistency(size1, n, root1, root, proof)
                            != ProofFailure::None);
                    }
                }
                QVERIFY(MerkleProofVerifier::verifyConsistency(m, n * 2, root1, root, proof)
                    != ProofFailure::None);
                QVERIFY(MerkleProofVerifier::verifyConsistency(m, n / 2, root1, root, proof)
                    != ProofFailure::None);
                QList<QByteArray> shortHash = proof;
                shortHash.last().chop(1);
                QCOMPARE(MerkleProofVerifier::verifyConsistency(m, n, root1, root, shortHash),
                    ProofFailure::WrongHashLength);
            }
        }
    }

    void serializationRoundTrip()
    {
        const QList<QByteArray> hashes = syntheticLeafHashes(13);
        const MerkleProof inclusion = proofOf(MerkleProof::Kind::Inclusion, 5, first(hashes, 13));
        const QByteArray bin = inclusion.toBinary();
        QCOMPARE(bin.size(), MerkleProof::kHeaderSize + 32 * inclusion.hashes.size());
        QCOMPARE(bin.left(19).toHex(),
            QByteArray("01010000000000000005000000000000000d")
                + QByteArray::number(qlonglong(inclusion.hashes.size()), 16).rightJustified(2, '0'));
        MerkleProof parsed;
        QCOMPARE(MerkleProof::fromBinary(bin, parsed), ProofFailure::None);
        QCOMPARE(parsed, inclusion);
        const QByteArray root = naiveMth(first(hashes, 13));
        QCOMPARE(parsed.verify(hashes.at(5), {}, root), ProofFailure::None);

        const MerkleProof consistency = proofOf(MerkleProof::Kind::Consistency, 6, first(hashes, 13));
        MerkleProof parsed2;
        QCOMPARE(MerkleProof::fromBase64(consistency.toBase64(), parsed2), ProofFailure::None);
        QCOMPARE(parsed2, consistency);
        QCOMPARE(parsed2.verify({}, naiveMth(first(hashes, 6)), root), ProofFailure::None);

        MerkleProof empty;
        empty.second = 1;
        QCOMPARE(MerkleProof::fromBinary(empty.toBinary(), parsed2), ProofFailure::None);
        QCOMPARE(parsed2, empty);

        MerkleProof bad = inclusion;
        bad.hashes[0].chop(1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)bad.toBinary());
        bad = inclusion;
        bad.first = -1;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)bad.toBinary());
    }

    void serializationRejectsMalformed()
    {
        const QList<QByteArray> hashes = syntheticLeafHashes(13);
        const MerkleProof proof = proofOf(MerkleProof::Kind::Inclusion, 5, first(hashes, 13));
        const QByteArray bin = proof.toBinary();
        MerkleProof out;
        out.first = 99;
        const MerkleProof untouched = out;
        for (qsizetype len = 0; len < bin.size(); ++len) {
            QCOMPARE(MerkleProof::fromBinary(QByteArrayView(bin).first(len), out), ProofFailure::Truncated);
            QCOMPARE(out, untouched);
        }
        QCOMPARE(MerkleProof::fromBinary(QByteArray(bin + '\0'), out), ProofFailure::TrailingBytes);
        QCOMPARE(
            MerkleProof::fromBinary(QByteArray(bin + QByteArray(32, 'x')), out), ProofFailure::TrailingBytes);
        QCOMPARE(out, untouched);

        QByteArray v2 = bin;
        v2[0] = 2;
        QCOMPARE(MerkleProof::fromBinary(v2, out), ProofFailure::UnsupportedVersion);
        QByteArray kind = bin;
        kind[1] = 3;
        QCOMPARE(MerkleProof::fromBinary(kind, out), ProofFailure::UnknownKind);
        QByteArray huge = bin;
        huge[2] = char(0x80);
        QCOMPARE(MerkleProof::fromBinary(huge, out), ProofFailure::InvalidSize);
        QByteArray count = bin;
        count[18] = char(200);
        QCOMPARE(MerkleProof::fromBinary(count, out), ProofFailure::ProofTooLong);
        QByteArray more = bin;
        more[18] = char(more[18] + 1);
        QCOMPARE(MerkleProof::fromBinary(more, out), ProofFailure::Truncated);

        QCOMPARE(MerkleProof::fromBase64("not base64!", out), ProofFailure::BadEncoding);
        QCOMPARE(
            MerkleProof::fromBase64(QByteArray(proof.toBase64() + "AA=="), out), ProofFailure::TrailingBytes);
        QCOMPARE(MerkleProof::fromBase64(proof.toBase64().replace('A', '*'), out), ProofFailure::BadEncoding);
        QCOMPARE(
            MerkleProof::fromBase64(QByteArray(bin + '\0').toBase64(), out), ProofFailure::TrailingBytes);
        QCOMPARE(out, untouched);

        // A serialized proof whose size field was changed parses but no longer verifies.
        QByteArray resized = bin;
        resized[17] = 26;
        QCOMPARE(MerkleProof::fromBinary(resized, out), ProofFailure::None);
        QVERIFY(out.verify(hashes.at(5), {}, naiveMth(first(hashes, 13))) != ProofFailure::None);
    }

    void randomBytesNeverCrashTheParser()
    {
        const QList<QByteArray> hashes = syntheticLeafHashes(40);
        const MerkleProof proof = proofOf(MerkleProof::Kind::Consistency, 17, first(hashes, 40));
        const QByteArray root1 = naiveMth(first(hashes, 17));
        const QByteArray root2 = naiveMth(first(hashes, 40));
        const QByteArray bin = proof.toBinary();
        QRandomGenerator rng(9162);
        for (int round = 0; round < 5000; ++round) {
            QByteArray b = bin;
            const int pos = int(rng.bounded(b.size()));
            switch (rng.bounded(3)) {
            case 0:
                b[pos] = char(b[pos] ^ char(1 + rng.bounded(255)));
                break;
            case 1:
                b.truncate(pos);
                break;
            default:
                b.insert(pos, char(rng.bounded(256)));
            }
            // A changed size field can describe another valid proof shape (the
            // sizes are bound by the signed checkpoints, not by the proof), so
            // only proofs still claiming 17 -> 40 must fail.
            MerkleProof out;
            if (MerkleProof::fromBinary(b, out) == ProofFailure::None && out.first == 17 && out.second == 40
                && out.kind == MerkleProof::Kind::Consistency)
                QVERIFY(out.verify({}, root1, root2) != ProofFailure::None);
        }
        for (int round = 0; round < 2000; ++round) {
            QByteArray b(int(rng.bounded(200)), Qt::Uninitialized);
            for (char& c : b)
                c = char(rng.bounded(256));
            MerkleProof out;
            if (MerkleProof::fromBinary(b, out) == ProofFailure::None)
                QVERIFY(out.verify(hashes.at(0), root1, root2) != ProofFailure::None);
        }
    }

    void everyFailureHasAMessage()
    {
        for (int f = int(ProofFailure::None); f <= int(ProofFailure::BadEncoding); ++f)
            QVERIFY(!MerkleProofVerifier::message(ProofFailure(f)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMerkle)
#include "TestMerkle.moc"
