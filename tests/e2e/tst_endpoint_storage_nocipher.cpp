// A RelayStore asked to encrypt where SQLCipher is not in use fails closed. Not simulated: this
// executable links no SQLCipher (RelayStore's sources are compiled into it, not taken from
// bollplank_net, which brings libsqlcipher through the core), so Qt's QSQLITE plugin runs on the
// system's plain libsqlite3, as it would in a process that lost SQLCipher. initTestCase shows it.
#include "relaystore.h"

#include "store/securekey.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace Qt::StringLiterals;
using namespace bollplank;
using namespace bollplank::net;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The names and hashes of every file in the folder: equal maps mean nothing on disk changed.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    for (const QFileInfo &f : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden))
        files.insert(f.fileName(), QCryptographicHash::hash(fileBytes(f.filePath()), QCryptographicHash::Sha256));
    return files;
}

SecureKey someKey()
{
    SecureKey key;
    std::fill_n(key.data(), SecureKey::Size, static_cast<unsigned char>(0x21));
    return key;
}

template <typename F> QByteArray refusal(F &&call)
{
    try {
        call();
    } catch (const RelayStoreError &e) {
        return e.what();
    }
    return {};
}

} // namespace

class TestEndpointStorageNoCipher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(sodium_init() >= 0);
        // The premise: the SQLite under QSQLITE here is not SQLCipher.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
            db.setDatabaseName(u":memory:"_s);
            QVERIFY(db.open());
            QSqlQuery version(db);
            QVERIFY(version.exec(u"PRAGMA cipher_version"_s));
            QVERIFY2(!version.next() || version.value(0).toString().isEmpty(),
                "this test runs on SQLCipher: it must not link libsqlcipher");
        }
        QSqlDatabase::removeDatabase(u"probe"_s);
    }

    void withoutSqlCipherAKeyedOpenRefusesAndWritesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"direct-endpoint.sqlite"_s);
        const QByteArray why = refusal([&] { (void)RelayStore::open(path, someKey()); });
        QVERIFY2(why.contains("SQLCipher is not in use here; refusing to store the endpoint's data unencrypted"),
            why.constData());
        // No file made: not even an empty one.
        QVERIFY(snapshot(dir.path()).isEmpty());
    }

    void withoutSqlCipherAPlainDatabaseIsLeftPlainAndWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"direct-endpoint.sqlite"_s);
        {
            // An earlier release's endpoint database: unkeyed, as it always was.
            auto store = RelayStore::open(path);
            QVERIFY(store->setMember("collection", "granter", "granter", false, "statement", "signature")
                == RelayStore::MemberResult::Changed);
            QVERIFY(store->append("collection", { "envelope" }, "granter").has_value());
        }
        const QMap<QString, QByteArray> before = snapshot(dir.path());
        QVERIFY(fileBytes(path).startsWith(QByteArray("SQLite format 3\0", 16)));
        const QByteArray why = refusal([&] { (void)RelayStore::open(path, someKey()); });
        QVERIFY2(why.contains("SQLCipher is not in use here"), why.constData());
        // No "encrypted" copy in the clear beside it, and the plain file as it was.
        QCOMPARE(snapshot(dir.path()), before);
        QCOMPARE(RelayStore::open(path)->counts().envelopes, qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestEndpointStorageNoCipher)
#include "tst_endpoint_storage_nocipher.moc"
