#pragma once

#include <QFile>
#include <QString>
#include <QtGlobal>
#include <utility>

namespace portone::test {

// While one lives, everything the process logs is appended to a file (formatted, and the raw
// text too in case the format drops anything) and passed on to the handler before it (QTest's).
class MessageCapture
{
public:
    explicit MessageCapture(QString path)
        : m_path(std::move(path))
        , m_previous(install(this))
    { }
    ~MessageCapture()
    {
        qInstallMessageHandler(m_previous);
        s_active = nullptr;
    }
    Q_DISABLE_COPY_MOVE(MessageCapture)

private:
    static QtMessageHandler install(MessageCapture *capture)
    {
        s_active = capture;
        return qInstallMessageHandler(&MessageCapture::handle);
    }
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (!s_active)
            return;
        QFile file(s_active->m_path);
        if (file.open(QIODevice::Append)) {
            file.write(qFormatLogMessage(type, context, message).toUtf8() + '\n');
            file.write(message.toUtf8() + '\n');
        }
        if (s_active->m_previous)
            s_active->m_previous(type, context, message);
    }

    static inline MessageCapture *s_active = nullptr; // a message handler is a plain function
    QString m_path;
    QtMessageHandler m_previous = nullptr;
};

} // namespace portone::test
