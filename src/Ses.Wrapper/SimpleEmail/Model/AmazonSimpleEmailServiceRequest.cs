using Amazon.Runtime;

namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>The base of every SES request.</summary>
public abstract class AmazonSimpleEmailServiceRequest : AmazonWebServiceRequest;
