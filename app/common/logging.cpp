#include "common/logging.h"

Q_LOGGING_CATEGORY(lcCli, "vastharvest.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCloud, "vastharvest.cloud", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHarvest, "vastharvest.harvest", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "vastharvest.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSsh, "vastharvest.transfer.ssh", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSftp, "vastharvest.transfer.sftp", QtInfoMsg)
Q_LOGGING_CATEGORY(lcVerify, "vastharvest.verify", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "vastharvest.ui", QtInfoMsg)
