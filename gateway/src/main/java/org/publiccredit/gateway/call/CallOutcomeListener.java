package org.publiccredit.gateway.call;

/**
 * Told of every call when it ends (metrics, the audit). Runs on the request's thread after
 * the response: keep it quick and never block; an exception is logged and otherwise ignored.
 */
public interface CallOutcomeListener {

  void onCall(CallOutcome outcome);
}
