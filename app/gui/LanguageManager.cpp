// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "gui/LanguageManager.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace shenbao {

namespace {

QString &currentLanguage()
{
    static QString language;
    return language;
}

// The application owns the translators (they are its children); these only point at the
// installed ones, and become null if the application deletes them first (the app tests make
// one QApplication after another).
QPointer<QTranslator> &appTranslator()
{
    static QPointer<QTranslator> t;
    return t;
}

QPointer<QTranslator> &qtTranslator()
{
    static QPointer<QTranslator> t;
    return t;
}

} // namespace

QStringList LanguageManager::available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString LanguageManager::saved()
{
    const QString language = QSettings().value(QStringLiteral("language")).toString();
    return available().contains(language) ? language : QStringLiteral("zh_CN");
}

QString LanguageManager::current()
{
    return currentLanguage();
}

bool LanguageManager::apply(const QString &language)
{
    if (!available().contains(language))
        return false;
    auto *app = QCoreApplication::instance();
    for (QPointer<QTranslator> *t : {&appTranslator(), &qtTranslator()}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data(); // a child of the application, which removes it from its children
        }
    }
    // English is the source language: its file only carries plural forms, and Qt's own
    // strings are English already.
    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/shenbao_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(own);
        appTranslator() = own;
    } else {
        delete own;
    }
    if (language != u"en") {
        auto *qt = new QTranslator(app);
        if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            qtTranslator() = qt;
        } else {
            delete qt;
        }
    }
    QLocale::setDefault(QLocale(language == u"en" ? QStringLiteral("en_US") : language));
    currentLanguage() = language;
    QSettings().setValue(QStringLiteral("language"), language);
    // The application posts LanguageChange to each window; deliver it now so the switch is
    // complete when this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    return true;
}

} // namespace shenbao
