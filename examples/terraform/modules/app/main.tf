variable "bucket_arn" {
  description = "Uploads bucket"
  type        = string
}

resource "aws_iam_role" "this" {
  name                 = "uploads-task"
  description          = "Task role for the uploads service"
  permissions_boundary = "arn:aws:iam::111122223333:policy/workload-boundary"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "ecs-tasks.amazonaws.com" }
    }]
  })

  inline_policy {
    name = "read-config"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [{
        Sid      = "ReadConfig"
        Effect   = "allow"
        Action   = ["ssm:GetParameter", "ssm:GetParameters"]
        Resource = "arn:aws:ssm:eu-west-1:111122223333:parameter/app/*"
      }]
    })
  }

  tags = {
    service = "uploads"
  }
}

resource "aws_iam_role_policy" "uploads" {
  name = "write-uploads"
  role = aws_iam_role.this.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "WriteUploads"
      Effect    = "Allow"
      Action    = ["s3:PutObject"]
      Resources = "${var.bucket_arn}/*"
    }]
  })
}

resource "aws_sqs_queue" "jobs" {
  name = "uploads-jobs"
}

resource "aws_sqs_queue_policy" "jobs" {
  queue_url = aws_sqs_queue.jobs.id
  policy    = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "SendFromSns",
          "Effect": "Allow",
          "Principal": {"Service": "sns.amazonaws.com"},
          "Action": "sqs:SendMessage",
          "Resource": "${aws_sqs_queue.jobs.arn}",
          "Condition": {
            "ArnEquals": {"aws:SourceArn": "arn:aws:sns:eu-west-1:111122223333:uploads-events"}
          }
        }
      ]
    }
  EOT
}
