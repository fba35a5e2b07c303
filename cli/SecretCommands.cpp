#include "cli/SecretCommands.h"

#include "model/SofiaNames.h"
#include "model/TextSafety.h"
#include "platform/ApiClient.h"
#include "platform/ConnectionRules.h"

#include <QEventLoop>
#include <QFile>
#include <QSettings>
#include <QTimer>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace xynap::cli {

// Runs one keychain operation and waits for it (the CLI has nothing else to do meanwhile).
platform::SecretResult keychain(
    const std::function<void(platform::SecretStore &, QObject *, platform::SecretStore::Callback)>
        &op)
{
    platform::SecretStore store;
    platform::SecretResult result;
    QEventLoop loop;
    bool done = false;
    // Started from inside the loop: a job that answers at once cannot end it before it runs.
    QTimer::singleShot(0, &loop, [&] {
        op(store, &loop, [&](const platform::SecretResult &r) {
            result = r;
            done = true;
            loop.quit();
        });
    });
    loop.exec();
    Q_ASSERT(done);
    return result;
}

} // namespace xynap::cli
